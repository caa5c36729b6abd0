import { addDays, addMonths, daysBetween } from './calendrier';
import { Probleme, probleme } from './probleme';

export interface Periode {
  dateDebut: string;
  dateFin: string;
}

/**
 * No more than two months over twelve for the same person with the same host: the other live
 * agreements with this SIRET in the 12 months before this one's end, plus this one, add up to
 * at most two agreements' worth — at most 62 calendar days (two months) and one other agreement.
 */
export function deuxMoisSurDouze(autres: Periode[], c: Periode): Probleme[] {
  const debutFenetre = addDays(addMonths(c.dateFin, -12), 1);
  const dans = autres.filter((a) => a.dateFin >= debutFenetre && a.dateDebut <= c.dateFin);
  const jours = [...dans, c].reduce((s, a) => s + daysBetween(a.dateDebut, a.dateFin) + 1, 0);
  return dans.length >= 2 || jours > 62
    ? [
        probleme(
          'accueil.siret',
          'deux_mois_sur_douze',
          `Avec cette structure d’accueil, le bénéficiaire a déjà ${dans.length} immersion(s) sur les douze derniers mois : pas plus de deux mois sur douze.`,
        ),
      ]
    : [];
}

/** One renewal, only if the objective was not reached, of an agreement that is not a renewal. */
export function renouvellementPermis(
  origine: {
    estRenouvellement: boolean;
    dejaRenouvelee: boolean;
    validee: boolean;
  },
  objectifAtteint: boolean,
): Probleme[] {
  if (!origine.validee)
    return [
      probleme('conventionId', 'non_validee', 'Seule une convention validée peut être renouvelée.'),
    ];
  if (origine.estRenouvellement || origine.dejaRenouvelee) {
    return [
      probleme(
        'conventionId',
        'renouvellement_unique',
        'Une immersion ne se renouvelle qu’une fois.',
      ),
    ];
  }
  return objectifAtteint
    ? [
        probleme(
          'objectifAtteint',
          'objectif_atteint',
          'Le renouvellement n’est possible que si l’objectif n’a pas été atteint.',
        ),
      ]
    : [];
}
