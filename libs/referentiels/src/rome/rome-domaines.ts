/** The 14 grands domaines of the ROME: a fiche's domain is the first letter of its code. */
export const ROME_DOMAINES = [
  {
    code: 'A',
    libelle: 'Agriculture et pêche, espaces naturels et espaces verts, soins aux animaux',
  },
  { code: 'B', libelle: "Arts et façonnage d'ouvrages d'art" },
  { code: 'C', libelle: 'Banque, assurance, immobilier' },
  { code: 'D', libelle: 'Commerce, vente et grande distribution' },
  { code: 'E', libelle: 'Communication, média et multimédia' },
  { code: 'F', libelle: 'Construction, bâtiment et travaux publics' },
  { code: 'G', libelle: 'Hôtellerie-restauration, tourisme, loisirs et animation' },
  { code: 'H', libelle: 'Industrie' },
  { code: 'I', libelle: 'Installation et maintenance' },
  { code: 'J', libelle: 'Santé' },
  { code: 'K', libelle: 'Services à la personne et à la collectivité' },
  { code: 'L', libelle: 'Spectacle' },
  { code: 'M', libelle: "Support à l'entreprise" },
  { code: 'N', libelle: 'Transport et logistique' },
] as const;

export type RomeDomaine = (typeof ROME_DOMAINES)[number]['code'];

/** A fiche code: a domain letter and four digits. */
export const ROME_CODE_PATTERN = /^[A-N]\d{4}$/;

export const isRomeCode = (value: unknown): value is string =>
  typeof value === 'string' && ROME_CODE_PATTERN.test(value);

export function romeDomaineLibelle(letter: string): string | null {
  return ROME_DOMAINES.find((d) => d.code === letter)?.libelle ?? null;
}
