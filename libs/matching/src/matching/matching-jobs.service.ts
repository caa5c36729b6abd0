import { distanceKm } from '@app/referentiels';
import { OffresService } from '@app/offres';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReglagesService } from '../reglages/reglages.service';
import { MatchingTriggers } from '../triggers/matching-triggers.service';
import { Bilan, MatchingService } from './matching.service';

/**
 * Offers per lot of the sweep (bounds memory and each transaction): enough to amortise a lot's
 * fixed round trips and to keep the joint assignment as good as bench:matching-quality measures
 * it (a smaller lot spreads better over worker processes but matches less jointly).
 */
export const LOT_BALAYAGE = 1000;
/** Lots matched at once by one process: the database retrieves one while Node assigns another. */
export const LOTS_EN_VOL = 2;

export type BilanBalayage = Bilan & { lots: number; ms: number };

const bilanVide = (): BilanBalayage => ({
  offres: 0,
  propositions: 0,
  fermees: 0,
  rejetees: 0,
  composantes: 0,
  gloutonnes: 0,
  lots: 0,
  ms: 0,
});

function ajouter(total: BilanBalayage, b: BilanBalayage): void {
  for (const k of Object.keys(b) as (keyof BilanBalayage)[]) if (k !== 'ms') total[k] += b[k];
}
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
    private readonly triggers: MatchingTriggers,
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

  /**
   * Every open offer lacking proposals, cut into lots (see planifier), matched in this process
   * with LOTS_EN_VOL lots at once: one lot's retrieval overlaps another's assignment and write.
   */
  async balayer(): Promise<BilanBalayage> {
    const started = Date.now();
    const lots = await this.planifier();
    const total = bilanVide();
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < lots.length; i = next++)
        ajouter(total, await this.traiterLot(lots[i]));
    };
    await Promise.all(Array.from({ length: Math.min(LOTS_EN_VOL, lots.length) }, worker));
    total.ms = Date.now() - started;
    this.logger.log({ ...total }, 'balayage terminé');
    return total;
  }

  /**
   * The nightly job: plans the lots and queues one job per lot on the matching queue, which every
   * worker process consumes (scale-out). `run` (the sweep job's id) makes the lot jobs' ids:
   * a retried sweep queues the same jobs, not new ones.
   */
  async lancerBalayage(run: string): Promise<{ lots: number; offres: number }> {
    const lots = await this.planifier();
    await this.triggers.lots(run, lots);
    return { lots: lots.length, offres: lots.reduce((n, l) => n + l.length, 0) };
  }

  /** One lot (a job): only the offers still lacking proposals, matched jointly. */
  async traiterLot(offreIds: string[]): Promise<BilanBalayage> {
    return { ...bilanVide(), ...(await this.matching.apparier(offreIds)), lots: 1 };
  }

  /**
   * The open offers lacking proposals, by scope group (groups share no jeune), whole groups
   * packed into lots of about LOT_BALAYAGE offers (a larger group is cut): few lots, few round
   * trips, and each lot's joint assignment still solves its groups apart (components).
   */
  async planifier(): Promise<string[][]> {
    const offres = await this.manquantes(await this.toutesOuvertes());
    const groupes = await this.reglages.groupes();
    const parGroupe = new Map<string, string[]>();
    for (const o of offres) {
      const g = groupes.get(o.structureId) ?? o.structureId;
      if (!parGroupe.has(g)) parGroupe.set(g, []);
      parGroupe.get(g)!.push(o.id);
    }
    const lots: string[][] = [];
    let courant: string[] = [];
    for (const ids of parGroupe.values()) {
      for (let i = 0; i < ids.length; i += LOT_BALAYAGE) {
        const part = ids.slice(i, i + LOT_BALAYAGE);
        if (courant.length + part.length > LOT_BALAYAGE) {
          lots.push(courant);
          courant = [];
        }
        courant.push(...part);
      }
    }
    if (courant.length) lots.push(courant);
    return lots;
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
