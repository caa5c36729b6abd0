import { JourHoraire } from '../domain/convention-contenu';
import { isValidDay, minutes } from './calendrier';
import { dureeJour, Totaux } from './horaires-totaux';
import { h, Probleme, probleme } from './probleme';

/** Working-time limits (Code du travail): adults L3121-18/20, minors L3162-1, L3163-2, L3164-1/2. */
export const LIMITES = {
  adulte: { jour: 10 * 60, semaine: 48 * 60 },
  mineur: { jour: 8 * 60, semaine: 35 * 60 },
} as const;

const f = (i: number, rest = '') => `horaires[${i}]${rest}`;

/** Days in the agreement, unique; one or two ranges a day, HH:MM, start < end, no overlap. */
export function plagesBienFormees(
  horaires: JourHoraire[],
  dateDebut: string,
  dateFin: string,
): Probleme[] {
  const out: Probleme[] = [];
  if (horaires.length === 0) {
    out.push(
      probleme('horaires', 'vide', 'Indiquez au moins un jour de présence avec ses horaires.'),
    );
  }
  const vus = new Set<string>();
  horaires.forEach((j, i) => {
    if (!isValidDay(j.date)) {
      out.push(probleme(f(i, '.date'), 'format', `« ${j.date} » n’est pas une date (AAAA-MM-JJ).`));
      return;
    }
    if (vus.has(j.date))
      out.push(probleme(f(i, '.date'), 'doublon', `Le ${j.date} est indiqué deux fois.`));
    vus.add(j.date);
    if (j.date < dateDebut || j.date > dateFin) {
      out.push(
        probleme(
          f(i, '.date'),
          'hors_periode',
          `Le ${j.date} est en dehors des dates de l’immersion (${dateDebut} au ${dateFin}).`,
        ),
      );
    }
    if (j.plages.length < 1 || j.plages.length > 2) {
      out.push(
        probleme(f(i, '.plages'), 'nombre', `Le ${j.date} : une ou deux plages horaires par jour.`),
      );
    }
    const ok: [number, number][] = [];
    j.plages.forEach((p, k) => {
      const d = minutes(p.debut);
      const e = minutes(p.fin);
      if (d === null || d >= 24 * 60)
        out.push(
          probleme(
            f(i, `.plages[${k}].debut`),
            'format',
            `Le ${j.date} : « ${p.debut} » n’est pas une heure (HH:MM).`,
          ),
        );
      else if (e === null)
        out.push(
          probleme(
            f(i, `.plages[${k}].fin`),
            'format',
            `Le ${j.date} : « ${p.fin} » n’est pas une heure (HH:MM).`,
          ),
        );
      else if (e <= d)
        out.push(
          probleme(
            f(i, `.plages[${k}].fin`),
            'ordre',
            `Le ${j.date} : la fin (${p.fin}) doit être après le début (${p.debut}).`,
          ),
        );
      else ok.push([d, e]);
    });
    ok.sort((a, b) => a[0] - b[0]);
    if (ok.length === 2 && ok[1][0] < ok[0][1]) {
      out.push(
        probleme(
          f(i, '.plages'),
          'chevauchement',
          `Le ${j.date} : les deux plages horaires se chevauchent.`,
        ),
      );
    }
  });
  return out;
}

export function maxParJour(horaires: JourHoraire[], mineur: boolean): Probleme[] {
  const max = mineur ? LIMITES.mineur.jour : LIMITES.adulte.jour;
  return horaires.flatMap((j, i) => {
    const d = dureeJour(j);
    return d > max
      ? [
          probleme(
            f(i, '.plages'),
            mineur ? 'max_jour_mineur' : 'max_jour',
            `Le ${j.date} : ${h(d)} de présence, au-delà de ${h(max)} par jour${mineur ? ' pour un mineur' : ''}.`,
          ),
        ]
      : [];
  });
}

/** Calendar weeks (Monday–Sunday): see Totaux for the weeks the agreement starts or ends in. */
export function maxParSemaine(t: Totaux, mineur: boolean): Probleme[] {
  const max = mineur ? LIMITES.mineur.semaine : LIMITES.adulte.semaine;
  return Object.entries(t.parSemaine)
    .filter(([, m]) => m > max)
    .map(([lundi, m]) =>
      probleme(
        'horaires',
        mineur ? 'max_semaine_mineur' : 'max_semaine',
        `Semaine du ${lundi} : ${h(m)}, au-delà de ${h(max)} par semaine${mineur ? ' pour un mineur' : ''}.`,
      ),
    );
}
