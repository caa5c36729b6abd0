import * as iconv from 'iconv-lite';

export const IMPORT_HEADER = [
  'id_externe',
  'nom',
  'prénom',
  'date_naissance',
  'email',
  'telephone',
  'adresse',
  'code_postal',
  'commune_insee',
  'fiches_rome',
  'experiences',
  'niveau_diplome',
  'rayon_mobilite_km',
  'permis_b',
  'vehicule',
  'transports_commun',
  'disponible_le',
  'temps_partiel',
  'programme',
  'programme_debut',
  'conseiller_email',
  'statut',
  'consentement_email',
  'consentement_sms',
];

const NOMS = ['Benali', 'Durand', 'Lefèvre', 'Nguyen', 'Martin', 'Diallo', 'Dubois', 'Moreau'];
const PRENOMS = ['Lina', 'Noé', 'Inès', 'Théo', 'Chloé', 'Yanis', 'Léa', 'Adam'];
const FICHES = ['G1603', 'D1507', 'K2204', 'N1103', 'G1803', 'G1602', 'D1106', 'H2102'];
const COMMUNES = ['59350', '59512', '59599', '62041', '59009'];
const PROGRAMMES = ['CEJ', 'PACEA', 'PPAE', 'aucun'];

/** A distinct valid mobile per row (06 1x: numbers libphonenumber knows as French mobiles). */
function mobile(i: number): string {
  const rest = String(Math.floor(i / 10)).padStart(6, '0');
  return `06 1${i % 10} ${rest.slice(0, 2)} ${rest.slice(2, 4)} ${rest.slice(4)}`;
}

/** Row `i` of a realistic export (all valid, born 2001–2009, aged 17 to 25 on 1 December 2026). */
export function importRow(i: number, conseillerEmail: string): string[] {
  const year = 2001 + (i % 9);
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (i % 12)).padStart(2, '0');
  const programme = PROGRAMMES[i % 4];
  return [
    `IMILO-${String(i).padStart(7, '0')}`,
    NOMS[i % NOMS.length],
    PRENOMS[(i >> 3) % PRENOMS.length],
    `${day}/${month}/${year}`,
    `jeune${i}@exemple.fr`,
    mobile(i),
    `${1 + (i % 120)} rue de la République`,
    '59000',
    COMMUNES[i % COMMUNES.length],
    [FICHES[i % 8], FICHES[(i + 3) % 8]].join('|'),
    i % 3 === 0 ? `${FICHES[i % 8]}:${i % 24}` : '',
    ['INFRA_3', '3', '4', '5'][i % 4],
    String(5 + (i % 30)),
    i % 2 ? 'oui' : 'non',
    i % 4 ? 'non' : 'oui',
    'oui',
    i % 5 ? '' : '15/01/2027',
    i % 7 ? 'non' : 'oui',
    programme,
    programme === 'aucun' ? '' : '01/09/2026',
    conseillerEmail,
    'actif',
    'oui',
    i % 3 ? 'oui' : 'non',
  ];
}

function cell(value: string, delimiter: string): string {
  return /["\n\r]/.test(value) || value.includes(delimiter)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

export function toCsv(rows: string[][], delimiter = ';'): string {
  return rows.map((r) => r.map((v) => cell(v, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}

/** The same text as Windows-1252 bytes, as Excel on Windows saves it. */
export const windows1252 = (text: string): Buffer => iconv.encode(text, 'win1252');
