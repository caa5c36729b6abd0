import { Clock, DOMAIN_EVENT, OutboxService } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { synchroniserJeunes, updateReturning, verrouillerJeunes } from '../propositions/verrous';
import { FichesConnuesService } from '../retrieval/fiches-connues.service';
import { CandidatProjete, multirange } from './candidat-projete';

export interface Application {
  appliquee: boolean;
  /** The version now projected. */
  version?: number;
  /** Became proposable, or changed fiches / place / radius / availability: re-match near them. */
  relancer: boolean;
  /** Open proposals closed because the jeune is no longer proposable. */
  fermees: { propositionId: string; offreId: string }[];
}

const PAS_PROPOSABLE = "le jeune n'est plus disponible pour des propositions";

/**
 * The matcher's projection of candidates (its own tables): replaced per jeune, idempotently by
 * version, from the jeunes module's `jeune.modifie` (see jeunes-source.adapter.ts); tests and
 * benchmarks write it directly through upsertCandidat().
 */
@Injectable()
export class CandidatsProjectionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly fiches: FichesConnuesService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  upsertCandidat(j: CandidatProjete): Promise<Application> {
    return this.dataSource.transaction((m) => this.apply(m, j));
  }

  private async apply(m: EntityManager, j: CandidatProjete): Promise<Application> {
    const now = this.clock.now();
    await m.query(
      `INSERT INTO matching_jeunes (jeune_id, structure_id, version, actif, inscrit_at, updated_at)
       VALUES ($1, $2, 0, false, $3, $3) ON CONFLICT (jeune_id) DO NOTHING`,
      [j.jeuneId, j.structureId, now],
    );
    await verrouillerJeunes(m, [j.jeuneId]);
    const [stored] = await m.query(`SELECT version FROM matching_jeunes WHERE jeune_id = $1`, [
      j.jeuneId,
    ]);
    if (stored.version >= j.version) return { appliquee: false, relancer: false, fermees: [] };

    const before: {
      fiche: string;
      lat: number;
      lon: number;
      rayon_km: number;
      actif: boolean;
      dispo: string | null;
    }[] = await m.query(
      `SELECT fiche, lat, lon, rayon_km, actif, to_char(disponible_le, 'YYYY-MM-DD') AS dispo
         FROM matching_candidats WHERE jeune_id = $1 ORDER BY rang`,
      [j.jeuneId],
    );
    const actif = j.actif && j.lat !== null && j.lon !== null && j.fiches.length > 0;
    await m.query(
      `UPDATE matching_jeunes SET structure_id = $2, version = $3, actif = $4, updated_at = $5 WHERE jeune_id = $1`,
      [j.jeuneId, j.structureId, j.version, actif, now],
    );
    await m.query(`DELETE FROM matching_candidats WHERE jeune_id = $1`, [j.jeuneId]);
    if (j.lat !== null && j.lon !== null && j.fiches.length > 0) {
      const fiches = j.fiches.slice(0, 5);
      await m.query(
        `INSERT INTO matching_candidats (jeune_id, fiche, rang, structure_id, lat, lon, rayon_km,
           permis_b, date_naissance, disponible_le, indisponibilites, niveau_diplome,
           experience_mois, programme, temps_partiel_seul, actif, propositions_ouvertes, attente_depuis)
         SELECT $1, f.fiche, f.rang, $2, $3, $4, $5, $6, $7, $8, $9::datemultirange, $10, f.exp, $11, $12, $13,
           mj.propositions_ouvertes, coalesce(mj.derniere_proposition_at, mj.inscrit_at)
         FROM unnest($14::bpchar[], $15::int[], $16::int[]) AS f(fiche, rang, exp)
         JOIN matching_jeunes mj ON mj.jeune_id = $1
         ON CONFLICT DO NOTHING`,
        [
          j.jeuneId,
          j.structureId,
          j.lat,
          j.lon,
          j.rayonKm,
          j.permisB,
          j.dateNaissance,
          j.disponibleLe,
          multirange(j.indisponibilites),
          j.niveauDiplome,
          j.programme,
          j.tempsPartielSeul,
          actif,
          fiches.map((f) => f.fiche),
          fiches.map((_, i) => i + 1),
          fiches.map((f) => Math.min(f.experienceMois, 600)),
        ],
      );
      for (const f of fiches) this.fiches.ajouter(f.fiche);
    }
    const fermees = actif ? [] : await this.fermerOuvertes(m, j.jeuneId, PAS_PROPOSABLE);
    const wasActive = before.length > 0 && before[0].actif;
    const changed =
      !wasActive ||
      before.map((b) => b.fiche).join() !== j.fiches.map((f) => f.fiche).join() ||
      before[0].lat !== j.lat ||
      before[0].lon !== j.lon ||
      before[0].rayon_km !== j.rayonKm ||
      (before[0].dispo ?? '') > (j.disponibleLe ?? '');
    return { appliquee: true, version: j.version, relancer: actif && changed, fermees };
  }

  /** Anonymised: the projection goes, open proposals close, breakdowns and reasons are erased. */
  async supprimerJeune(jeuneId: string): Promise<Application> {
    return this.dataSource.transaction(async (m) => {
      await verrouillerJeunes(m, [jeuneId]);
      const fermees = await this.fermerOuvertes(m, jeuneId, 'jeune anonymisé', {
        statuts: ['ouverte', 'retenue'],
        origines: ['matcher', 'cre'],
      });
      await m.query(`UPDATE propositions SET detail = '{}', raisons = '{}' WHERE jeune_id = $1`, [
        jeuneId,
      ]);
      await m.query(`DELETE FROM matching_jeunes WHERE jeune_id = $1`, [jeuneId]);
      return { appliquee: true, relancer: false, fermees };
    });
  }

  private async fermerOuvertes(
    m: EntityManager,
    jeuneId: string,
    motif: string,
    // By default the matcher's open proposals: a CRE's hand proposal is outside its filters by design.
    { statuts = ['ouverte'], origines = ['matcher'] } = {},
  ): Promise<Application['fermees']> {
    const now = this.clock.now();
    const rows = await updateReturning<{ id: string; offre_id: string }>(
      m,
      `UPDATE propositions SET statut = 'fermee', motif = $2, updated_at = $3, cloturee_at = $3
       WHERE jeune_id = $1 AND statut::text = ANY($4::text[]) AND origine = ANY($5::text[])
       RETURNING id, offre_id`,
      [jeuneId, motif, now, statuts, origines],
    );
    if (rows.length > 0) await synchroniserJeunes(m, [jeuneId]);
    // Recorded with the change: the worker tops each offer up, a MER still open on it ends.
    for (const r of rows) {
      await this.outbox.record(m, DOMAIN_EVENT.PROPOSITION_CLOTUREE, r.offre_id, {
        propositionId: r.id,
        offreId: r.offre_id,
        statut: 'fermee',
      });
    }
    return rows.map((r) => ({ propositionId: r.id, offreId: r.offre_id }));
  }
}
