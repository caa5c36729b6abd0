/** The offers list's filters, as kept in the URL (shared, bookmarked, kept on reload). */
export interface OffresFiltres {
  statut?: string;
  rome?: string;
  communeInsee?: string;
  rayonKm?: number;
  entrepriseId?: string;
  du?: string;
  au?: string;
  tri?: string;
  page?: number;
}

const TEXTES = ['statut', 'rome', 'communeInsee', 'entrepriseId', 'du', 'au', 'tri'] as const;

export function lireFiltres(params: URLSearchParams): OffresFiltres {
  const f: OffresFiltres = {};
  for (const k of TEXTES) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  const rayon = Number(params.get('rayonKm'));
  if (rayon > 0) f.rayonKm = rayon;
  const page = Number(params.get('page'));
  if (page > 1) f.page = page;
  return f;
}

/** Only what is set goes into the URL; changing a filter goes back to page 1. */
export function versParams(f: OffresFiltres): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f))
    if (v !== undefined && v !== '' && v !== null) p.set(k, String(v));
  return p;
}

export const ROME_DOMAINES = [
  { value: 'A', label: 'Agriculture, espaces verts, soins aux animaux' },
  { value: 'B', label: 'Arts et façonnage d’ouvrages d’art' },
  { value: 'C', label: 'Banque, assurance, immobilier' },
  { value: 'D', label: 'Commerce, vente et grande distribution' },
  { value: 'E', label: 'Communication, média et multimédia' },
  { value: 'F', label: 'Construction, bâtiment et travaux publics' },
  { value: 'G', label: 'Hôtellerie-restauration, tourisme, loisirs' },
  { value: 'H', label: 'Industrie' },
  { value: 'I', label: 'Installation et maintenance' },
  { value: 'J', label: 'Santé' },
  { value: 'K', label: 'Services à la personne et à la collectivité' },
  { value: 'L', label: 'Spectacle' },
  { value: 'M', label: 'Support à l’entreprise' },
  { value: 'N', label: 'Transport et logistique' },
];

export const STATUTS = [
  { value: 'a_valider', label: 'À valider' },
  { value: 'brouillon', label: 'Brouillon' },
  { value: 'publiee', label: 'Publiée' },
  { value: 'pourvue', label: 'Pourvue' },
  { value: 'cloturee', label: 'Clôturée' },
  { value: 'expiree', label: 'Expirée' },
];

export const TRIS = [
  { value: 'recent', label: 'Les plus récentes' },
  { value: 'ancien', label: 'Les plus anciennes' },
  { value: 'date_debut', label: 'Date de début' },
  { value: 'titre', label: 'Intitulé (A à Z)' },
];

export const RAYONS = [0, 5, 10, 20, 30, 50].map((r) => ({
  value: String(r),
  label: r === 0 ? 'Dans la commune' : `${r} km autour`,
}));
