import { Clock } from '@app/core';
import { Offre, OffresService } from '@app/offres';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Arete, assigner } from '../assignment/b-matching';
import { MatchingConfig } from '../matching.config';
import { Choix, PropositionsWriter } from '../propositions/propositions-writer.service';
import { Reglage, ReglagesService } from '../reglages/reglages.service';
import { FichesConnuesService } from '../retrieval/fiches-connues.service';
import { RechercheService } from '../retrieval/recherche.service';
import { LibellesService } from '../scoring/libelles.service';
import { raisons } from '../scoring/raisons';
import { detailler, pointsAttente, ScoringContext } from '../scoring/scoring';
import { Analyse, analyser, Existantes, rechercheParams } from './analyse-offre';
import { parisDay, versCriteres } from './offre-criteres';

export interface Bilan {
  offres: number;
  propositions: number;
  fermees: number;
  rejetees: number;
  composantes: number;
  gloutonnes: number;
}

const ROUNDS = 3;
/** Search statements in flight per matching round. */
const PARALLELE = 3;
/** Offers searched by one statement (RECHERCHE_LOT_SQL): one round trip instead of as many. */
const RECHERCHES_PAR_REQUETE = 100;
const PAGE = 1000;

/**
 * Matches a set of offers jointly: retrieval and ranking in PostgreSQL (many offers a statement),
 * the kept rows' scores and breakdowns in Node, one
 * maximum-weight b-matching over all their candidates, then one locked write. A single offer is
 * the same path with one offer. Idempotent: an offer that has its k proposals gets nothing more.
 */
@Injectable()
export class MatchingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offres: OffresService,
    private readonly recherche: RechercheService,
    private readonly fiches: FichesConnuesService,
    private readonly reglages: ReglagesService,
    private readonly libelles: LibellesService,
    private readonly writer: PropositionsWriter,
    private readonly config: MatchingConfig,
    private readonly clock: Clock,
  ) {}

  async apparier(offreIds: string[]): Promise<Bilan> {
    const bilan: Bilan = {
      offres: 0,
      propositions: 0,
      fermees: 0,
      rejetees: 0,
      composantes: 0,
      gloutonnes: 0,
    };
    let ids = [...new Set(offreIds)];
    // A slot taken by a concurrent matcher between our read and our locks: try again for those.
    for (let round = 0; round < ROUNDS && ids.length > 0; round++) {
      // Independent reads on two connections: the offers (their lib) then their structures'
      // settings, and the offers' proposals.
      const [[offres, reglages], existantes] = await Promise.all([
        this.charger(ids).then(
          async (o) => [o, await this.reglages.pour(o.map((x) => x.structureId))] as const,
        ),
        this.existantes(ids),
      ]);
      if (round === 0) bilan.offres = offres.length;
      const analyses = await this.analyser(offres, reglages, existantes);
      const { choix, composantes, gloutonnes } = await this.assigner(analyses, reglages);
      const res = await this.writer.engager({
        offres: offres.map(versCriteres),
        fermetures: analyses
          .filter((a) => a.fermer.length)
          .map((a) => ({ offreId: a.offre.id, jeuneIds: a.fermer })),
        choix,
        maxParJeune: this.config.MATCHING_PROPOSITIONS_PAR_JEUNE,
      });
      bilan.propositions += res.creees;
      bilan.fermees += res.fermees;
      bilan.rejetees += res.rejetees;
      bilan.composantes += composantes;
      bilan.gloutonnes += gloutonnes;
      if (res.rejetees === 0) break;
      ids = [...new Set(choix.map((c) => c.offre.id))];
    }
    return bilan;
  }

  private async charger(ids: string[]): Promise<Offre[]> {
    const out: Offre[] = [];
    for (let i = 0; i < ids.length; i += PAGE) {
      out.push(
        ...(await this.offres.findPublishedForMatching({
          ids: ids.slice(i, i + PAGE),
          limit: PAGE,
        })),
      );
    }
    // Without coordinates there is no distance to filter on: such an offer waits for a place.
    return out.filter((o) => o.lat !== null && o.lon !== null);
  }

  private async existantes(ids: string[]): Promise<Map<string, Existantes>> {
    const rows: { offre_id: string; jeune_id: string; statut: string; origine: string }[] =
      ids.length
        ? await this.dataSource.query(
            `SELECT offre_id, jeune_id, statut, origine FROM propositions
             WHERE offre_id = ANY($1::uuid[])`,
            [ids],
          )
        : [];
    const map = new Map(
      ids.map((id) => [id, { actives: 0, ouverts: [], exclus: [] } as Existantes]),
    );
    for (const r of rows) {
      const e = map.get(r.offre_id)!;
      if (r.statut === 'ouverte' || r.statut === 'retenue') e.actives++;
      // A CRE's hand proposal counts in k but is never revalidated: it is outside the filters
      // by design, so it is excluded from the search like any jeune already proposed.
      if (r.statut === 'ouverte' && r.origine === 'matcher') e.ouverts.push(r.jeune_id);
      else e.exclus.push(r.jeune_id);
    }
    return map;
  }

  private async analyser(
    offres: Offre[],
    reglages: Map<string, Reglage>,
    existantes: Map<string, Existantes>,
  ): Promise<Analyse[]> {
    const now = this.clock.now();
    const todo = offres.filter((o) => {
      const ex = existantes.get(o.id)!;
      return ex.actives < o.candidatsSouhaites || ex.ouverts.length > 0;
    });
    // The searches by chunks of one statement each (one round trip for many offers), a few
    // chunks at once on their own connections: the database works while Node scores.
    const out: Analyse[] = new Array(todo.length);
    const m = this.config.MATCHING_PROPOSITIONS_PAR_JEUNE;
    const limite = this.config.MATCHING_CANDIDATS_PAR_OFFRE;
    const chunks: number[][] = [];
    for (let i = 0; i < todo.length; i += RECHERCHES_PAR_REQUETE)
      chunks.push(todo.slice(i, i + RECHERCHES_PAR_REQUETE).map((_, j) => i + j));
    let next = 0;
    const worker = async () => {
      for (let c = next++; c < chunks.length; c = next++) {
        const offres = chunks[c].map((i) => versCriteres(todo[i]));
        const params = [];
        for (const offre of offres) {
          const fiches = await this.fiches.etendre(offre.codeRome, this.config.MATCHING_DOMAINE);
          const reglage = reglages.get(offre.structureId)!;
          const ex = existantes.get(offre.id)!;
          const ctx = this.contexte(reglage.poids, now);
          params.push(rechercheParams(offre, reglage.perimetre, fiches, ex, m, ctx, limite));
        }
        // Each offer's open proposals found again and its `limite` best candidates, ranked in
        // SQL: analyser scores those few rows again for the same order (and the breakdown).
        const rows = await this.recherche.rechercherLot(params);
        offres.forEach((offre, j) => {
          const ctx = this.contexte(reglages.get(offre.structureId)!.poids, now);
          out[chunks[c][j]] = analyser(offre, rows[j], existantes.get(offre.id)!, ctx, limite);
        });
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLELE, chunks.length) }, worker));
    return out;
  }

  contexte(poids: ScoringContext['poids'], now: Date): ScoringContext {
    return { poids, now, today: parisDay(now), attenteJours: this.config.MATCHING_ATTENTE_JOURS };
  }

  private async assigner(analyses: Analyse[], reglages: Map<string, Reglage>) {
    const offres = new Map<string, number>();
    const jeunes = new Map<string, number>();
    const bonus = new Map<string, number>();
    const penalite = new Map<string, number>();
    const aretes: Arete[] = [];
    const now = this.clock.now();
    const index = new Map<string, { a: Analyse; c: Analyse['candidats'][number] }>();
    const m = this.config.MATCHING_PROPOSITIONS_PAR_JEUNE;
    for (const a of analyses) {
      offres.set(a.offre.id, a.libre);
      if (!a.couverte) bonus.set(a.offre.id, this.config.MATCHING_BONUS_COUVERTURE);
      const ctx = this.contexte(reglages.get(a.offre.structureId)!.poids, now);
      for (const c of a.candidats) {
        jeunes.set(c.row.jeuneId, Math.max(0, m - c.row.propositionsOuvertes));
        penalite.set(
          c.row.jeuneId,
          (pointsAttente(c.row, ctx) * this.config.MATCHING_EQUITE_PC) / 100,
        );
        aretes.push({ offre: a.offre.id, jeune: c.row.jeuneId, poids: c.score });
        index.set(`${a.offre.id}:${c.row.jeuneId}`, { a, c });
      }
    }
    const solution = assigner({
      offres,
      jeunes,
      aretes,
      bonus,
      penalite,
      maxAretesExact: this.config.MATCHING_COMPOSANTE_MAX_ARETES,
    });
    const choix: Choix[] = [];
    for (const e of solution.choisies) {
      const { a, c } = index.get(`${e.offre}:${e.jeune}`)!;
      const ctx = this.contexte(reglages.get(a.offre.structureId)!.poids, now);
      const detail = detailler(a.offre, c.row, ctx);
      const libelles = {
        fiche: await this.libelles.fiche(c.row.fiche),
        offre: await this.libelles.fiche(a.offre.codeRome),
      };
      choix.push({
        offre: a.offre,
        jeuneId: c.row.jeuneId,
        jeuneStructureId: c.row.structureId,
        score: c.score,
        detail,
        raisons: raisons(a.offre, detail, libelles, ctx.today),
      });
    }
    return { choix, composantes: solution.composantes, gloutonnes: solution.gloutonnes };
  }
}
