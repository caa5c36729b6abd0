import { ROME_DOMAINES, TYPES_CONTRAT } from '@app/referentiels';
import { Chiffres } from './chiffres';
import { Definition, IndicateurCode, INDICATEURS } from './indicateurs';
import { Periode } from './periode';

export interface LigneView {
  cle: string;
  libelle: string;
  valeur: number;
  precedent: number;
}

export interface IndicateurView extends Definition {
  code: IndicateurCode;
  valeur: number | null;
  /** The same figure over the previous period. */
  precedent: number | null;
  lignes: LigneView[];
}

export interface RapportView {
  periode: Periode;
  periodePrecedente: Periode;
  filtres: { cre: string | null; domaine: string | null };
  structures: number;
  indicateurs: IndicateurView[];
  parCre: { creId: string | null; publiees: number; recrutements: number }[];
}

const LIBELLES: Record<string, string> = {
  ...Object.fromEntries(ROME_DOMAINES.map((d) => [`domaine:${d.code}`, `${d.code} ${d.libelle}`])),
  ...Object.fromEntries(TYPES_CONTRAT.map((c) => [`contrat:${c.code}`, c.libelle])),
  ...Object.fromEntries(TYPES_CONTRAT.map((c) => [c.code, c.libelle])),
  recrutee: 'recrutement',
  non_retenue: "non retenue par l'employeur",
  desistement: 'désistement du jeune',
  sans_reponse_employeur: "sans réponse de l'employeur",
  declinee_jeune: 'déclinée par le jeune',
  sans_reponse_jeune: 'sans réponse du jeune',
  embauche_ailleurs: 'embauché(e) ailleurs',
  annulee: 'annulée (offre close)',
  decouvrir: 'découvrir un métier ou un secteur',
  confirmer: 'confirmer un projet professionnel',
  recruter: 'initier une démarche de recrutement',
  realisee: 'réalisée',
  partielle: 'partiellement réalisée',
  non_realisee: 'non réalisée',
  email: 'email',
  sms: 'SMS',
};
const libelle = (cle: string) =>
  LIBELLES[cle] ??
  (cle.startsWith('non_retenue:') ? `non retenue : ${cle.slice(12).replace('_', ' ')}` : cle);

/** Each figure with its definition, its previous value and its breakdown (a table per chart). */
export function rapportView(
  courant: Chiffres,
  avant: Chiffres,
  meta: Omit<RapportView, 'indicateurs' | 'parCre'>,
): RapportView {
  const indicateurs = (Object.keys(INDICATEURS) as IndicateurCode[]).map((code) => {
    const a = courant.ventilations[code] ?? {};
    const b = avant.ventilations[code] ?? {};
    const cles = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return {
      code,
      ...(INDICATEURS[code] as Definition),
      valeur: courant.valeurs[code] ?? null,
      precedent: avant.valeurs[code] ?? null,
      lignes: cles.map((cle) => ({
        cle,
        libelle: libelle(cle),
        valeur: a[cle] ?? 0,
        precedent: b[cle] ?? 0,
      })),
    };
  });
  return { ...meta, indicateurs, parCre: courant.parCre };
}
