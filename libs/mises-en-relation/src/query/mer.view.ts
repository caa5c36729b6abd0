import { JeuneEmployeurView } from '@app/jeunes';
import { MerTransitionLog } from '../entities/mer-transition.entity';
import { Contrat, MiseEnRelation } from '../entities/mise-en-relation.entity';
import { RelanceView } from '../lifecycle/mer-relance.service';
import { MER_ATTENTE, MER_STATUT_LIBELLE, MerStatut } from '../lifecycle/mer-statut';

/** A MER as staff see it (CRE, admin, conseiller): the score and reasons, who it waits on. */
export class MerView {
  id: string;
  offreId: string;
  jeuneId: string;
  entrepriseId: string;
  statut: MerStatut;
  statutLibelle: string;
  statutAt: Date;
  attente: string | null;
  score: number;
  raisons: string[];
  detail: Record<string, unknown>;
  origine: string;
  alerteEntreprise: boolean;
  motifCode: string | null;
  motif: string | null;
  entretienAt: Date | null;
  contrat: Contrat | null;
  relances: number;
  createdAt: Date;
  jeune?: { prenom: string; nom: string };
  /** In the staff's lists: what the row is about, and the last reminder to the employer. */
  offreTitre?: string;
  entrepriseNom?: string;
  derniereRelance?: RelanceView | null;
  transitions?: MerTransitionView[];

  static of(m: MiseEnRelation): MerView {
    return {
      id: m.id,
      offreId: m.offreId,
      jeuneId: m.jeuneId,
      entrepriseId: m.entrepriseId,
      statut: m.statut,
      statutLibelle: MER_STATUT_LIBELLE[m.statut],
      statutAt: m.statutAt,
      attente: MER_ATTENTE[m.statut] ?? null,
      score: m.score,
      raisons: m.raisons,
      detail: m.detail,
      origine: m.origine,
      alerteEntreprise: m.alerteEntreprise,
      motifCode: m.motifCode,
      motif: m.motif,
      entretienAt: m.entretienAt,
      contrat: m.contrat,
      relances: m.relances,
      createdAt: m.createdAt,
    };
  }
}

export interface MerTransitionView {
  action: string;
  from: MerStatut | null;
  to: MerStatut;
  byUserId: string | null;
  byRole: string;
  motifCode: string | null;
  motif: string | null;
  details: Record<string, unknown> | null;
  at: Date;
}

export const transitionView = (t: MerTransitionLog): MerTransitionView => ({
  action: t.action,
  from: t.fromStatut,
  to: t.toStatut,
  byUserId: t.byUserId,
  byRole: t.byRole,
  motifCode: t.motifCode,
  motif: t.motif,
  details: t.details,
  at: t.at,
});

/**
 * What an employer sees: the candidate only from `transmise_employeur`, through
 * jeuneForEmployer (contact details once the jeune accepted); never the score nor the reasons.
 */
export interface MerEmployeurView {
  id: string;
  offreId: string;
  statut: MerStatut;
  statutLibelle: string;
  statutAt: Date;
  entretienAt: Date | null;
  contrat: Contrat | null;
  candidat: JeuneEmployeurView;
}
