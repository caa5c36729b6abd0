import { ROME_CODE_PATTERN } from './rome-domaines';

export interface FicheRomeRow {
  code: string;
  libelle: string;
}

export interface AppellationRomeRow {
  codeOgr: string;
  libelle: string;
  codeRome: string;
}

export interface ParsedTsv<T> {
  rows: T[];
  /** Rows left aside, with their line number (1 = header) and why. */
  ignorees: { ligne: number; raison: string }[];
}

/**
 * Reads a tab-separated file with the given header (France Travail's open data, as laid out in
 * shared/data/rome): `fiches.tsv` = code_rome, libelle; `appellations.tsv` = code_ogr, libelle,
 * code_rome. A code seen twice keeps its first row.
 */
function parseTsv<T>(
  text: string,
  header: string[],
  toRow: (fields: string[]) => T | string,
  key: (row: T) => string,
): ParsedTsv<T> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const got = (lines[0] ?? '').split('\t').map((h) => h.trim().toLowerCase());
  if (header.some((h, i) => got[i] !== h)) {
    throw new Error(
      `En-tête inattendu : « ${lines[0]?.slice(0, 120)} » (attendu : ${header.join(' ⇥ ')}).`,
    );
  }
  const rows: T[] = [];
  const seen = new Set<string>();
  const ignorees: ParsedTsv<T>['ignorees'] = [];
  lines.forEach((line, index) => {
    if (index === 0 || line.trim() === '') return;
    const row = toRow(line.split('\t').map((f) => f.trim()));
    if (typeof row === 'string') return ignorees.push({ ligne: index + 1, raison: row });
    if (seen.has(key(row)))
      return ignorees.push({ ligne: index + 1, raison: `doublon ${key(row)}` });
    seen.add(key(row));
    rows.push(row);
  });
  return { rows, ignorees };
}

export function parseFichesTsv(text: string): ParsedTsv<FicheRomeRow> {
  return parseTsv(
    text,
    ['code_rome', 'libelle'],
    ([code = '', libelle = '']) => {
      if (!ROME_CODE_PATTERN.test(code)) return `code ROME invalide « ${code} »`;
      if (!libelle || libelle.length > 255) return `libellé absent ou trop long (${code})`;
      return { code, libelle };
    },
    (r) => r.code,
  );
}

export function parseAppellationsTsv(text: string): ParsedTsv<AppellationRomeRow> {
  return parseTsv(
    text,
    ['code_ogr', 'libelle', 'code_rome'],
    ([codeOgr = '', libelle = '', codeRome = '']) => {
      if (!/^\d{1,10}$/.test(codeOgr)) return `code OGR invalide « ${codeOgr} »`;
      if (!ROME_CODE_PATTERN.test(codeRome)) return `code ROME invalide « ${codeRome} »`;
      if (!libelle || libelle.length > 255) return `libellé absent ou trop long (${codeOgr})`;
      return { codeOgr, libelle, codeRome };
    },
    (r) => r.codeOgr,
  );
}
