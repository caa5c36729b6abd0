import { JourHoraire } from '../domain/convention-contenu';
import { addDays, isJourFerie, isoWeekday, isValidDay, minutes, weekStart } from './calendrier';
import { dureeJour } from './horaires-totaux';
import { Probleme, probleme } from './probleme';

/** Minors' working time (Code du travail L3163-2 night, L3164-1/2 rest, L3164-6 Sundays and holidays). */
const NUIT_DEBUT = 22 * 60;
const NUIT_FIN = 6 * 60;
const REPOS_QUOTIDIEN_MINEUR = 12 * 60;
const f = (i: number, rest = '') => `horaires[${i}]${rest}`;

/** Minors: nothing between 22:00 and 06:00. */
export function nuitMineur(horaires: JourHoraire[]): Probleme[] {
  return horaires.flatMap((j, i) =>
    j.plages.flatMap((p, k) => {
      const d = minutes(p.debut);
      const e = minutes(p.fin);
      if (d === null || e === null) return [];
      return d < NUIT_FIN || e > NUIT_DEBUT
        ? [
            probleme(
              f(i, `.plages[${k}]`),
              'nuit_mineur',
              `Le ${j.date} : un mineur ne peut pas être présent entre 22 h et 6 h (${p.debut}–${p.fin}).`,
            ),
          ]
        : [];
    }),
  );
}

/** Minors: 12 consecutive hours of rest between two days of presence. */
export function reposQuotidienMineur(horaires: JourHoraire[]): Probleme[] {
  const parDate = new Map(horaires.map((j, i) => [j.date, { j, i }]));
  const out: Probleme[] = [];
  for (const { j } of parDate.values()) {
    const suivant = parDate.get(addDays(j.date, 1));
    const fin = Math.max(...j.plages.map((p) => minutes(p.fin) ?? 0));
    const debut = suivant
      ? Math.min(...suivant.j.plages.map((p) => minutes(p.debut) ?? 24 * 60))
      : null;
    if (debut !== null && 24 * 60 - fin + debut < REPOS_QUOTIDIEN_MINEUR) {
      out.push(
        probleme(
          f(suivant!.i),
          'repos_quotidien_mineur',
          `Entre le ${j.date} et le ${suivant!.j.date} : moins de 12 heures consécutives de repos pour un mineur.`,
        ),
      );
    }
  }
  return out;
}

/**
 * Minors: two consecutive days of rest in every calendar week the agreement touches (days
 * outside the agreement are days off).
 */
export function reposHebdoMineur(horaires: JourHoraire[]): Probleme[] {
  const travail = new Set(horaires.filter((j) => dureeJour(j) > 0).map((j) => j.date));
  const semaines = [...new Set([...travail].map(weekStart))].sort();
  return semaines.flatMap((lundi) => {
    const jours = Array.from({ length: 7 }, (_, k) => addDays(lundi, k));
    const ok = jours.some((d, k) => k < 6 && !travail.has(d) && !travail.has(jours[k + 1]));
    return ok
      ? []
      : [
          probleme(
            'horaires',
            'repos_hebdo_mineur',
            `Semaine du ${lundi} : un mineur doit avoir deux jours de repos consécutifs dans la semaine.`,
          ),
        ];
  });
}

/**
 * Minors: no Sunday nor public holiday, unless an exception of the law applies and is justified
 * (`derogationDimancheFerie`): then a warning the conseiller sees, not an error.
 */
export function dimancheFerieMineur(horaires: JourHoraire[], derogation?: string): Probleme[] {
  return horaires.flatMap((j, i) => {
    if (dureeJour(j) === 0 || !isValidDay(j.date)) return [];
    const quoi =
      isoWeekday(j.date) === 7 ? 'un dimanche' : isJourFerie(j.date) ? 'un jour férié' : null;
    if (!quoi) return [];
    return [
      probleme(
        f(i, '.date'),
        derogation?.trim() ? 'derogation' : 'dimanche_ferie_mineur',
        derogation?.trim()
          ? `Le ${j.date} est ${quoi} : présence d’un mineur par dérogation (${derogation.trim()}).`
          : `Le ${j.date} est ${quoi} : un mineur n’y travaille pas, sauf dérogation justifiée (derogationDimancheFerie).`,
      ),
    ];
  });
}
