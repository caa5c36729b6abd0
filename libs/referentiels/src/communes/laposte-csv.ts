import { departementOf } from './decoupage';

/** One commune of La Poste's base, its rows (one per postal code × locality) gathered. */
export interface LaPosteCommune {
  codeInsee: string;
  nom: string;
  codesPostaux: string[];
  lat: number | null;
  lon: number | null;
}

export interface LaPosteFile {
  lignes: number;
  communes: LaPosteCommune[];
  /** Rows left aside, with their line number (1 = header) and why. */
  ignorees: { ligne: number; raison: string }[];
}

const HEADER =
  'code_commune_insee;nom_commune;code_postal;ligne_5;libellé_d_acheminement;coordonnees_gps';

/**
 * La Poste publishes the file in UTF-8 now, in Latin-1 in older vintages: bytes that are not valid
 * UTF-8 are read as Latin-1 rather than turned into replacement characters.
 */
export function decodeLaPoste(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('latin1').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

function parseGps(value: string): [number, number] | null {
  const [lat, lon] = value.split(',').map((v) => Number(v.trim()));
  const ok = value.trim() !== '' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  return ok && Number.isFinite(lat) && Number.isFinite(lon) ? [lat, lon] : null;
}

/**
 * Parses `Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;coordonnees_gps`.
 * A commune's coordinates are those of its row without a Ligne_5 (the commune itself rather than
 * one of its localities) when it has some, otherwise of its first row that has some.
 * Monaco (99138) is in the base for its postal code; it is not a French commune and is skipped.
 */
export function parseLaPoste(text: string): LaPosteFile {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim().toLowerCase() !== HEADER) {
    throw new Error(`En-tête inattendu : « ${lines[0]?.slice(0, 120)} » (attendu : ${HEADER}).`);
  }
  const byCode = new Map<string, LaPosteCommune & { main: boolean }>();
  const ignorees: LaPosteFile['ignorees'] = [];
  let lignes = 0;
  lines.forEach((line, index) => {
    if (index === 0 || line.trim() === '') return;
    lignes++;
    const [code = '', nom = '', codePostal = '', ligne5 = '', , gps = ''] = line.split(';');
    const reject = (raison: string) => ignorees.push({ ligne: index + 1, raison });
    if (!/^\d[\dAB]\d{3}$/.test(code)) return reject(`code INSEE invalide « ${code} »`);
    if (departementOf(code) === '99') return reject(`hors de France (${nom})`);
    if (!/^\d{5}$/.test(codePostal)) return reject(`code postal invalide « ${codePostal} »`);
    const point = parseGps(gps);
    if (gps.trim() && !point) return reject(`coordonnées invalides « ${gps} »`);
    const commune = byCode.get(code) ?? {
      codeInsee: code,
      nom,
      codesPostaux: [],
      lat: null,
      lon: null,
      main: false,
    };
    byCode.set(code, commune);
    if (!commune.codesPostaux.includes(codePostal)) commune.codesPostaux.push(codePostal);
    const main = ligne5.trim() === '';
    if (point && (commune.lat === null || (main && !commune.main))) {
      [commune.lat, commune.lon] = point;
      commune.main = main;
    }
  });
  const communes = [...byCode.values()].map(({ main: _, ...c }) => ({
    ...c,
    codesPostaux: c.codesPostaux.sort(),
  }));
  return { lignes, communes, ignorees };
}

/** "ST PIERRE ET MIQUELON" → "St Pierre Et Miquelon": La Poste writes names in capitals. */
export function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, sep, c) => sep + c.toUpperCase());
}
