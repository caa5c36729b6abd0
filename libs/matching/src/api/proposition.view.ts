import { Proposition } from '../entities/proposition.entity';

/** A proposal as a CRE sees it: who, how good, why. */
export class PropositionView {
  id: string;
  offreId: string;
  jeuneId: string;
  jeuneStructureId: string;
  score: number;
  raisons: string[];
  detail: Proposition['detail'];
  statut: string;
  origine: string;
  motif: string | null;
  createdAt: Date;

  static of(p: Proposition): PropositionView {
    return {
      id: p.id,
      offreId: p.offreId,
      jeuneId: p.jeuneId,
      jeuneStructureId: p.jeuneStructureId,
      score: p.score,
      raisons: p.raisons,
      detail: p.detail,
      statut: p.statut,
      origine: p.origine,
      motif: p.motif,
      createdAt: p.createdAt,
    };
  }
}
