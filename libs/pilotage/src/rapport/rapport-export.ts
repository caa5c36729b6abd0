import { RapportView } from './rapport.view';

const ENTETE = [
  'Indicateur',
  'Détail',
  'Valeur',
  'Période précédente',
  'Unité',
  'Définition',
  'Date retenue',
];

/** One row per figure, then one per line of its breakdown. */
function lignes(r: RapportView): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (const i of r.indicateurs) {
    rows.push([i.libelle, '', i.valeur, i.precedent, i.unite, i.definition, i.date]);
    for (const l of i.lignes) rows.push([i.libelle, l.libelle, l.valeur, l.precedent, '', '', '']);
  }
  return rows;
}

const titre = (r: RapportView) =>
  `Rapport d'activité du ${r.periode.du} au ${r.periode.au} (comparé au ${r.periodePrecedente.du} – ${r.periodePrecedente.au})`;

/** CSV for French spreadsheets: `;`, decimal comma, UTF-8 with BOM. */
export function rapportCsv(r: RapportView): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : typeof v === 'number' ? String(v).replace('.', ',') : v;
    return /[";\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows = [[titre(r)], ENTETE, ...lignes(r)];
  return '\uFEFF' + rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}

export async function rapportXlsx(r: RapportView): Promise<Buffer> {
  // Loaded on the first export, not at boot: ≈ 25 MB of RSS the worker would hold idle.
  const { Workbook } = await import('exceljs');
  const wb = new Workbook();
  const ws = wb.addWorksheet('Rapport');
  ws.addRow([titre(r)]).font = { bold: true };
  ws.addRow(ENTETE).font = { bold: true };
  for (const row of lignes(r)) ws.addRow(row);
  ws.columns.forEach((c, i) => (c.width = [45, 40, 12, 18, 8, 80, 35][i]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
