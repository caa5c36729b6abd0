import { niveauNumerique, OffreCriteres, ScoreDetail } from './score-detail';

const MOIS =
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');

export const ordinal = (n: number) => (n === 1 ? '1er' : `${n}e`);

/** « 2 décembre », « 1er mars », with the year when it is not this year's. */
export function dateCourte(iso: string, today: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const jour = d === 1 ? '1er' : String(d);
  return `${jour} ${MOIS[m - 1]}${String(y) === today.slice(0, 4) ? '' : ` ${y}`}`;
}

/** « 10 jours », « 3 semaines », « 2 mois ». */
export function duree(jours: number): string {
  if (jours < 14) return `${jours} jour${jours > 1 ? 's' : ''}`;
  if (jours < 60) return `${Math.round(jours / 7)} semaines`;
  return `${Math.round(jours / 30)} mois`;
}

/**
 * What a CRE reads at a glance: « Service en restauration, 1er souhait », « à 8 km, mobilité
 * 20 km », « disponible dès le 2 décembre », « en CEJ », « aucune proposition depuis 3 semaines ».
 */
export function raisons(
  offre: OffreCriteres,
  d: ScoreDetail,
  libelles: { fiche: string; offre: string },
  today: string,
): string[] {
  const out: string[] = [];
  out.push(
    d.correspondance === 'exacte'
      ? `${libelles.fiche}, ${ordinal(d.rang)} souhait`
      : `${libelles.fiche} (métier proche de ${libelles.offre}), ${ordinal(d.rang)} souhait`,
  );
  const km = Math.round(d.distanceKm);
  out.push(`${km < 1 ? 'à moins de 1 km' : `à ${km} km`}, mobilité ${d.rayonKm} km`);
  out.push(
    d.disponibleLe && d.disponibleLe > today
      ? `disponible dès le ${dateCourte(d.disponibleLe, today)}`
      : 'disponible immédiatement',
  );
  if (d.programme !== 'aucun') out.push(`en ${d.programme}`);
  if (d.attenteJours >= 7) out.push(`aucune proposition depuis ${duree(d.attenteJours)}`);
  const requis = niveauNumerique(offre.niveauDiplome);
  if (requis !== null) {
    out.push(
      d.niveauDiplome >= requis
        ? 'diplôme au niveau demandé'
        : `diplôme sous le niveau demandé (${d.niveauDiplome === 0 ? 'sans diplôme' : `niveau ${d.niveauDiplome}`})`,
    );
  }
  if (d.experienceMois > 0) out.push(`${d.experienceMois} mois d'expérience sur ce métier`);
  else if (offre.experience !== 'D') out.push('pas encore d’expérience sur ce métier');
  return out;
}
