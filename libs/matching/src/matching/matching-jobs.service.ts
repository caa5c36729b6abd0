import { distanceKm } from '@app/referentiels';
import { OffresService } from '@app/offres';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReglagesService } from '../reglages/reglages.service';
import { Bilan, MatchingService } from './matching.service';

/** Offers matched together at most in the sweep (bounds memory and each transaction); a structure rarely has more open offers, so a lot is usually a whole scope group. */
export const LOT_BALAYAGE = 1000;
/** Pending offers of the same scope taken along by a publication's job. */
const COMPAGNONS = 50;

/** The job handlers: one offer (and its burst), a jeune's neighbourhood, the nightly sweep. */
@Injectable()
export class MatchingJobsService {
  private readonly logger = new Logger('Matching');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offres: OffresService,
    private readonly matching: MatchingService,
    private readonly reglages: ReglagesService,
  ) {}

  /** Reloads the offer: not published → nothing; a newer version → its own job does it. */
  async traiterOffre(offreId: string, version: number): Promise<Bilan | 'fermee' | 'perimee'> {
    const [offre] = await this.offres.findPublishedForMatching({ ids: [offreId], limit: 1 });
    if (!offre) {
      await this.dataSource.query(`DELETE FROM matching_demandes WHERE offre_id = $1`, [offreId]);
      return 'fermee';
    }
    if (offre.versionCriteres > version) return 'perimee';
    const perimetre = (await this.reglages.pour([offre.structureId])).get(
      offre.structureId,
    )!.perimetre;
    const rows: { offre_id: string }[] = await this.dataSource.query(
      `SELECT offre_id FROM matching_demandes
       WHERE structure_id = ANY($1::uuid[]) AND offre_id <> $2 ORDER BY demandee_at LIMIT $3`,
      [perimetre, offreId, COMPAGNONS],
    );
    return this.matching.apparier([offreId, ...rows.map((r) => r.offre_id)]);
  }

  /** Open offers near the jeune, of their fiches or domaines, that lack proposals. */
  async relancerJeune(jeuneId: string, version: number): Promise<Bilan | 'perimee' | 'inactif'> {
    const [mj]: { version: number; actif: boolean; structure_id: string }[] =
      await this.dataSource.query(
        `SELECT version, actif, structure_id FROM matching_jeunes WHERE jeune_id = $1`,
        [jeuneId],
      );
    if (!mj || mj.version > version) return 'perimee';
    if (!mj.actif) return 'inactif';
    const rows: { fiche: string; lat: number; lon: number; rayon_km: number }[] =
      await this.dataSource.query(
        `SELECT fiche, lat, lon, rayon_km FROM matching_candidats WHERE jeune_id = $1`,
        [jeuneId],
      );
    if (rows.length === 0) return 'inactif';
    const structures = await this.reglages.structuresOuvertesA(mj.structure_id);
    const domaines = new Set(rows.map((r) => r.fiche.slice(0, 3)));
    const { lat, lon, rayon_km } = rows[0];
    const offres = (await this.toutesOuvertes(structures)).filter(
      (o) =>
        domaines.has(o.codeRome.slice(0, 3)) &&
        o.lat !== null &&
        distanceKm({ lat, lon }, { lat: o.lat, lon: o.lon! }) <=
          Math.min(rayon_km, o.distanceMaxKm),
    );
    const manquantes = await this.manquantes(offres);
    return this.matching.apparier(manquantes.map((o) => o.id));
  }

  /** Every open offer lacking proposals, matched jointly per scope group, in lots. */
  async balayer(): Promise<Bilan & { lots: number; ms: number }> {
    const started = Date.now();
    const offres = await this.manquantes(await this.toutesOuvertes());
    const groupes = await this.reglages.groupes();
    const parGroupe = new Map<string, string[]>();
    for (const o of offres) {
      const g = groupes.get(o.structureId) ?? o.structureId;
      if (!parGroupe.has(g)) parGroupe.set(g, []);
      parGroupe.get(g)!.push(o.id);
    }
    const total: Bilan & { lots: number; ms: number } = {
      offres: 0,
      propositions: 0,
      fermees: 0,
      rejetees: 0,
      composantes: 0,
      gloutonnes: 0,
      lots: 0,
      ms: 0,
    };
    for (const ids of parGroupe.values()) {
      for (let i = 0; i < ids.length; i += LOT_BALAYAGE) {
        const b = await this.matching.apparier(ids.slice(i, i + LOT_BALAYAGE));
        for (const k of Object.keys(b) as (keyof Bilan)[]) total[k] += b[k];
        total.lots++;
      }
    }
    total.ms = Date.now() - started;
    this.logger.log({ ...total }, 'balayage terminé');
    return total;
  }

  private async toutesOuvertes(structureIds?: string[]) {
    const out = [];
    for (let afterId: string | undefined; ;) {
      const page = await this.offres.findPublishedForMatching({
        structureIds,
        afterId,
        limit: 1000,
      });
      out.push(...page);
      if (page.length < 1000) return out;
      afterId = page[page.length - 1].id;
    }
  }

  private async manquantes<
    T extends { id: string; candidatsSouhaites: number; lat: number | null },
  >(offres: T[]): Promise<T[]> {
    if (offres.length === 0) return [];
    const rows: { offre_id: string; n: number }[] = await this.dataSource.query(
      `SELECT offre_id, count(*)::int AS n FROM propositions
       WHERE offre_id = ANY($1::uuid[]) AND statut IN ('ouverte', 'retenue') GROUP BY offre_id`,
      [offres.map((o) => o.id)],
    );
    const actives = new Map(rows.map((r) => [r.offre_id, r.n]));
    return offres.filter((o) => o.lat !== null && (actives.get(o.id) ?? 0) < o.candidatsSouhaites);
  }
}
