import type * as ExcelJS from 'exceljs';
import { Writable } from 'node:stream';
import { Offre } from '../offre.entity';
import { STATUT_LIBELLE } from '../offre-statut';

export const ENTETE = [
  'Intitulé',
  'Entreprise',
  'Statut',
  'Métier (ROME)',
  'Contrat',
  'Commune (INSEE)',
  'Date de début',
  'Heures par semaine',
  'Postes',
  'Créée le',
  'Publiée le',
  'Identifiant',
];

const jour = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

/** One line of the export, in the order of ENTETE. */
export function ligne(o: Offre, entreprise: string): (string | number)[] {
  return [
    o.titre,
    entreprise,
    STATUT_LIBELLE[o.statut],
    o.codeRome,
    o.typeContrat,
    o.communeInsee,
    o.dateDebut,
    o.heuresHebdo,
    o.nombrePostes,
    jour(o.createdAt),
    jour(o.publieeAt),
    o.id,
  ];
}

/**
 * A CSV cell for French spreadsheets (`;`, decimal comma). A text starting like a formula is
 * prefixed with an apostrophe: an employer's title must not run as a formula in Excel.
 */
export function csvCell(v: string | number): string {
  let s = typeof v === 'number' ? String(v).replace('.', ',') : v;
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (cells: (string | number)[]) => cells.map(csvCell).join(';') + '\r\n';

/**
 * exceljs loaded on the first export, not at boot: ≈ 25 MB of RSS the worker (which imports this
 * lib's module) would otherwise hold idle (bench:jeunes-import).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadExcelJs = (): typeof ExcelJS => require('exceljs');

/** Writes rows as they come into a streamed workbook (no whole file in memory). */
export function xlsxWriter(out: Writable) {
  const { stream } = loadExcelJs();
  const wb = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const ws = wb.addWorksheet('Offres');
  ws.columns = ENTETE.map((header, i) => ({
    header,
    width: [40, 30, 14, 12, 8, 14, 12, 10, 8, 12, 12, 38][i],
  }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  return {
    add: (cells: (string | number)[]) => ws.addRow(cells).commit(),
    end: async () => {
      ws.commit();
      await wb.commit();
    },
  };
}
