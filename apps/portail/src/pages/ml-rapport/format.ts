import type { Schemas } from '../../api/client';

export type Rapport = Schemas['RapportSchema'];
export type Indicateur = Rapport['indicateurs'][number];
export type Ligne = Indicateur['lignes'][number];

const NOMBRE = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const PART = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

/** A figure in its unit: « 179 », « 70 % », « 12,5 jours »; « — » when nothing counts. */
export function valeurFr(v: number | null | undefined, unite: string): string {
  if (v === null || v === undefined) return '—';
  if (unite === 'part') return PART.format(v);
  if (unite === 'jours') return `${NOMBRE.format(v)} jour${Math.abs(v) >= 2 ? 's' : ''}`;
  return NOMBRE.format(v);
}

/** The change from the previous period, in words (colour is never the only cue). */
export function evolutionFr(v: number | null, avant: number | null, unite: string): string {
  if (v === null || avant === null) return 'pas de comparaison';
  if (v === avant) return 'stable';
  if (unite === 'part') {
    const pts = Math.round((v - avant) * 1000) / 10;
    return `${pts > 0 ? '+' : ''}${NOMBRE.format(pts)} point${Math.abs(pts) >= 2 ? 's' : ''}`;
  }
  if (avant === 0) return `+${NOMBRE.format(v)} (aucun auparavant)`;
  const pct = (v - avant) / Math.abs(avant);
  return `${pct > 0 ? '+' : ''}${PART.format(pct)}`;
}

const DATE = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
export const dateFr = (iso: string) => DATE.format(new Date(`${iso}T00:00:00Z`));
export const periodeFr = (p: { du: string; au: string }) => `du ${dateFr(p.du)} au ${dateFr(p.au)}`;

/** The report's sections, in reading order. */
export const SECTIONS: { titre: string; codes: string[] }[] = [
  {
    titre: 'Offres d’emploi',
    codes: [
      'entreprises',
      'offres_recues',
      'offres_publiees',
      'offres_pourvues',
      'offres_terminees',
      'part_offres_recrutement',
    ],
  },
  {
    titre: 'Mises en relation',
    codes: ['propositions', 'mises_en_relation', 'jeunes_presentes', 'issues'],
  },
  {
    titre: 'Recrutements et maintien en poste',
    codes: ['recrutements', 'part_cdd', 'maintien_1_mois', 'maintien_3_mois'],
  },
  {
    titre: 'Candidats, délais et réponses des employeurs',
    codes: [
      'candidats_par_offre',
      'delai_premiere_proposition',
      'delai_recrutement',
      'taux_reponse_employeurs',
      'delai_reponse_employeurs',
    ],
  },
  {
    titre: 'Immersions (PMSMP)',
    codes: [
      'pmsmp',
      'pmsmp_bilans',
      'pmsmp_emploi_15_jours',
      'pmsmp_emploi_1_mois',
      'pmsmp_emploi_3_mois',
    ],
  },
  {
    titre: 'Messages aux jeunes',
    codes: ['messages_envoyes', 'messages_delivres', 'messages_echecs', 'jeunes_contactes'],
  },
];

/** A breakdown split by its kind (`domaine:K`, `contrat:CDD`…): one chart and table each. */
export function groupesLignes(i: Indicateur): { titre: string; lignes: Ligne[] }[] {
  const par = new Map<string, Ligne[]>();
  for (const l of i.lignes) {
    const prefixe = /^(domaine|contrat):/.exec(l.cle)?.[1] ?? '';
    par.set(prefixe, [...(par.get(prefixe) ?? []), l]);
  }
  const TITRES: Record<string, string> = {
    domaine: 'Par domaine ROME',
    contrat: 'Par type de contrat',
    '': i.ventilation ? `Par ${i.ventilation}` : 'Détail',
  };
  return [...par].map(([k, lignes]) => ({ titre: TITRES[k], lignes }));
}

/** The domain the API applied (the figures shown are those of the answer, not of the URL). */
export const domaineDe = (r: Rapport) => (r.filtres as { domaine?: string | null }).domaine ?? null;
