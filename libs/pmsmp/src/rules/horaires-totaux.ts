import { JourHoraire } from '../domain/convention-contenu';
import { minutes, weekStart } from './calendrier';

/**
 * Totals derived from the schedule, never typed. Weeks are calendar weeks (Monday to Sunday):
 * a week the agreement starts or ends in counts only its days in the agreement, plus, for a
 * renewal, the days of the agreement it renews (same host, the work goes on).
 */
export interface Totaux {
  minutesTotal: number;
  joursPresence: number;
  /** date → minutes. */
  parJour: Record<string, number>;
  /** Monday of the week → minutes. */
  parSemaine: Record<string, number>;
}

export function totaux(horaires: JourHoraire[], precedent: JourHoraire[] = []): Totaux {
  const parJour: Record<string, number> = {};
  for (const j of horaires) parJour[j.date] = dureeJour(j);
  const parSemaine: Record<string, number> = {};
  const semaines = new Set(horaires.map((j) => weekStart(j.date)));
  for (const j of [...horaires, ...precedent]) {
    const w = weekStart(j.date);
    if (semaines.has(w)) parSemaine[w] = (parSemaine[w] ?? 0) + dureeJour(j);
  }
  const minutesTotal = Object.values(parJour).reduce((a, b) => a + b, 0);
  return {
    minutesTotal,
    joursPresence: horaires.filter((j) => parJour[j.date] > 0).length,
    parJour,
    parSemaine,
  };
}

export function dureeJour(j: JourHoraire): number {
  return j.plages.reduce((sum, p) => {
    const d = minutes(p.debut);
    const f = minutes(p.fin);
    return d !== null && f !== null && f > d ? sum + f - d : sum;
  }, 0);
}

/** Rounded hours, for views and the PDF. */
export const heures = (m: number) => Math.round((m / 60) * 100) / 100;
