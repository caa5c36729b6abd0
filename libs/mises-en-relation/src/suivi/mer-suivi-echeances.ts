import { Contrat } from '../entities/mise-en-relation.entity';
import { parisVersIso } from '../links/mer-pages';
import { SUIVI_MOIS, SuiviMois } from './mer-suivi.entity';

const DAY = 86_400_000;
/** "1 month" and "3 months" after the start, in days: a fixed count, the same for every hire. */
export const SUIVI_JOURS: Record<SuiviMois, number> = { 1: 30, 3: 90 };

/** 00:00 Paris time of an `AAAA-MM-JJ` date. */
export function debutJourParis(date: string): Date | null {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(date) ? parisVersIso(`${date}T00:00`) : undefined;
  return iso ? new Date(iso) : null;
}

/**
 * The checks of a hire: 30 and 90 days after the job starts, that is the later of the hire's
 * recording and the contract's start date (a hire recorded before the start is not asked about
 * too early). A check past the end of a fixed-term contract is not planned: the job ending then
 * is the contract, not a break.
 */
export function echeancesSuivi(
  recruteAt: Date,
  contrat: Contrat | null,
): { mois: SuiviMois; dueAt: Date }[] {
  const debut = contrat?.dateDebut ? debutJourParis(contrat.dateDebut) : null;
  const base = Math.max(recruteAt.getTime(), debut?.getTime() ?? 0);
  const fin = contrat?.dateFin ? debutJourParis(contrat.dateFin) : null;
  return SUIVI_MOIS.map((mois) => ({
    mois,
    dueAt: new Date(base + SUIVI_JOURS[mois] * DAY),
  })).filter((e) => !fin || e.dueAt.getTime() < fin.getTime() + DAY);
}
