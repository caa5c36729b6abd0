import { Clock, DOMAIN_EVENT, OutboxService } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { engagementDirectSql } from './engagement-direct.sql';
import type { OffreCriteres, ScoreDetail } from '../scoring/score-detail';
import {
  compter,
  SYNCHRONISER_SQL,
  synchroniserJeunes,
  updateReturning,
  verrouillerJeunes,
} from './verrous';

export interface Choix {
  offre: OffreCriteres;
  jeuneId: string;
  jeuneStructureId: string;
  score: number;
  detail: ScoreDetail;
  raisons: string[];
}

export interface Engagement {
  offres: OffreCriteres[];
  /** Open proposals whose jeune no longer passes the offer's filters. */
  fermetures: { offreId: string; jeuneIds: string[] }[];
  choix: Choix[];
  maxParJeune: number;
}

export interface Resultat {
  creees: number;
  /** Chosen from a snapshot, refused under the locks (a concurrent matcher took the slot). */
  rejetees: number;
  fermees: number;
}

export const MOTIF_CRITERES = "ne correspond plus aux critères de l'offre";

/**
 * Writes one matching round in one transaction, under the locks of verrous.ts: both caps are
 * checked again on fresh counts, so concurrent matchers never exceed k per offer nor m per
 * jeune, and the unique (offer, jeune) key makes a replayed job insert nothing twice.
 */
@Injectable()
export class PropositionsWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async engager(e: Engagement): Promise<Resultat> {
    if (e.choix.length === 0 && e.fermetures.length === 0) {
      // Nothing to write (no candidate): only the pending requests are done.
      await this.dataSource.query(
        `DELETE FROM matching_demandes WHERE offre_id = ANY($1::uuid[])`,
        [e.offres.map((o) => o.id)],
      );
      return { creees: 0, rejetees: 0, fermees: 0 };
    }
    if (e.fermetures.length === 0) {
      // The usual round (a publication, a sweep's lot): one round trip instead of five.
      const direct = await this.direct(e);
      if (direct) return direct;
    }
    // BEGIN and the commit mode in one round trip (simple protocol). Asynchronous commit: a
    // crash may lose the last fraction of a second of proposals, with their outbox events and
    // the deletion of their requests (one transaction): nothing was announced, the sweep redoes it.
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('BEGIN; SET LOCAL synchronous_commit TO off');
      try {
        const res = await this.write(runner.manager, e);
        await runner.query('COMMIT');
        return res;
      } catch (error) {
        await runner.query('ROLLBACK');
        throw error;
      }
    } finally {
      await runner.release();
    }
  }

  /** See engagementDirectSql; null when some choice no longer fits (nothing was written). */
  private async direct(e: Engagement): Promise<Resultat | null> {
    const driver = this.dataSource.driver as PostgresDriver;
    const sql = engagementDirectSql(e, this.clock.now(), DOMAIN_EVENT.PROPOSITION_CREEE);
    const results: { rows: { ok: boolean; creees: number }[] }[] = await driver.master.query(sql);
    const [{ ok, creees }] = results[results.length - 1].rows;
    return ok ? { creees, rejetees: 0, fermees: 0 } : null;
  }

  private async write(m: EntityManager, e: Engagement): Promise<Resultat> {
    const now = this.clock.now();
    const offreIds = e.offres.map((o) => o.id);
    const closing = e.fermetures.flatMap((f) => f.jeuneIds);
    const touched = [...new Set([...closing, ...e.choix.map((c) => c.jeuneId)])];
    const existing = await verrouillerJeunes(m, touched, offreIds);

    let fermees = 0;
    for (const f of e.fermetures) {
      // The matcher's own proposals only: a CRE's hand proposal is outside its filters by design.
      const rows = await updateReturning<{ id: string }>(
        m,
        `UPDATE propositions SET statut = 'fermee', motif = $3, updated_at = $4, cloturee_at = $4
         WHERE offre_id = $1 AND jeune_id = ANY($2::uuid[]) AND statut = 'ouverte'
           AND origine = 'matcher' RETURNING id`,
        [f.offreId, f.jeuneIds, MOTIF_CRITERES, now],
      );
      fermees += rows.length;
      // The MER still `proposee` on it ends too (the mises en relation react to the event).
      await this.outbox.recordMany(
        m,
        DOMAIN_EVENT.PROPOSITION_CLOTUREE,
        rows.map((r) => ({
          aggregateId: f.offreId,
          payload: { propositionId: r.id, offreId: f.offreId, statut: 'fermee' },
        })),
      );
    }

    const { parOffre: actives, parJeune: ouvertes } = await compter(m, offreIds, touched);
    const libreOffre = new Map(
      e.offres.map((o) => [o.id, o.candidatsSouhaites - (actives.get(o.id) ?? 0)]),
    );
    const accepted = [...e.choix]
      .sort((a, b) => b.score - a.score)
      .filter((c) => {
        const free = libreOffre.get(c.offre.id) ?? 0;
        const open = ouvertes.get(c.jeuneId) ?? 0;
        if (!existing.has(c.jeuneId) || free <= 0 || open >= e.maxParJeune) return false;
        libreOffre.set(c.offre.id, free - 1);
        ouvertes.set(c.jeuneId, open + 1);
        return true;
      });

    let creees = 0;
    if (accepted.length > 0) {
      // The requests done, the proposals and the jeunes' counts in one statement (see
      // SYNCHRONISER_SQL: it adds what this statement inserts to what its snapshot counts).
      const inserted: { id: string; offre_id: string; jeune_id: string }[] = await m.query(
        `WITH done AS (DELETE FROM matching_demandes WHERE offre_id = ANY($10::uuid[])),
         inserees AS (
           INSERT INTO propositions (offre_id, jeune_id, structure_id, jeune_structure_id, score,
             detail, raisons, offre_version, created_at, updated_at)
           SELECT o, j, s, js, sc, d, ARRAY(SELECT jsonb_array_elements_text(r)), v, $9, $9
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::numeric[], $6::jsonb[],
             $7::jsonb[], $8::int[]) AS t(o, j, s, js, sc, d, r, v)
           ON CONFLICT ON CONSTRAINT "UQ_propositions_offre_jeune" DO NOTHING
           RETURNING id, offre_id, jeune_id),
         -- The handoff to the mises en relation, committed with the proposals or not at all:
         -- the rows OutboxService.recordMany would write, in the same statement.
         evenements AS (
           INSERT INTO outbox_events (type, aggregate_id, payload)
           SELECT $12, offre_id, jsonb_build_object('propositionId', id, 'offreId', offre_id,
             'jeuneId', jeune_id)
           FROM inserees),
         ${SYNCHRONISER_SQL('$11::uuid[]', '$9', 'SELECT jeune_id FROM inserees', true)}
         SELECT id, offre_id, jeune_id FROM inserees`,
        [
          accepted.map((c) => c.offre.id),
          accepted.map((c) => c.jeuneId),
          accepted.map((c) => c.offre.structureId),
          accepted.map((c) => c.jeuneStructureId),
          accepted.map((c) => c.score),
          accepted.map((c) => JSON.stringify(c.detail)),
          accepted.map((c) => JSON.stringify(c.raisons)),
          accepted.map((c) => c.offre.versionCriteres),
          now,
          offreIds,
          touched,
          DOMAIN_EVENT.PROPOSITION_CREEE,
        ],
      );
      creees = inserted.length;
    } else {
      if (closing.length > 0) await synchroniserJeunes(m, closing);
      await m.query(`DELETE FROM matching_demandes WHERE offre_id = ANY($1::uuid[])`, [offreIds]);
    }
    return { creees, rejetees: e.choix.length - accepted.length, fermees };
  }
}
