/**
 * `npm run bench:pmsmp -- --count 1000`: renders N agreements' PDFs with the worker's renderer
 * (Cerfa layout, sections, audit block, page footers), then the same documents with the bare
 * library (pdfkit, the same text lines one after the other, no layout), in the same run.
 * Prints p50/p95 ms per PDF, PDFs per second for both, the ratio, and peak RSS. Last line: JSON.
 */
import 'reflect-metadata';
import PDFDocument from 'pdfkit';
import { performance } from 'node:perf_hooks';
import { conventionExemple, renderConventionPdf } from '@app/pmsmp';
import { ConventionStatut, Signataire } from '@app/pmsmp';
import { sectionsConvention } from '../libs/pmsmp/src/domain/convention-sections';
import type { PdfConvention } from '../libs/pmsmp/src/pdf/convention-pdf.renderer';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const COUNT = arg('count', 1000);
const SIGNATAIRES = Object.values(Signataire);

/** N different agreements: names, objectives, 1 to 4 weeks, 0 to 5 signatures. */
function documents(n: number): PdfConvention[] {
  return Array.from({ length: n }, (_, i) => {
    const semaines = 1 + (i % 4);
    const fin = new Date(Date.UTC(2027, 0, 4 + semaines * 7 - 3)).toISOString().slice(0, 10);
    const base = conventionExemple({ dateFin: fin });
    const contenu = conventionExemple({
      dateFin: fin,
      horaires: base.horaires,
      beneficiaire: { ...base.beneficiaire, nom: `Benali-${i}`, prenom: `Lina ${i}` },
      activites: `${base.activites} Variante ${i} : accueil, encaissement, préparation des commandes.`,
    });
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      version: 1 + (i % 3),
      statut: i % 2 ? ConventionStatut.VALIDEE : ConventionStatut.PARTIELLEMENT_SIGNEE,
      contenu,
      contenuSha256: 'ab'.repeat(32),
      avertissements: [],
      signatures: SIGNATAIRES.slice(0, i % 6).map((s) => ({
        signataire: s,
        nom: `Signataire ${s}`,
        signedAt: new Date('2026-12-01T09:00:00Z'),
        ip: '203.0.113.7',
        userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)',
        version: 1,
        contenuSha256: 'ab'.repeat(32),
      })),
      at: new Date('2026-12-01T09:00:00Z'),
    };
  });
}

/** The bare library: the same text, line after line, default font, no layout. */
function bare(p: PdfConvention): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
  });
  for (const s of sectionsConvention(p.contenu)) {
    doc.text(s.titre);
    for (const [k, v] of s.lignes) doc.text(`${k} : ${v}`);
  }
  for (const s of p.signatures)
    doc.text(`${s.signataire} ${s.nom} ${s.signedAt.toISOString()} ${s.ip} ${s.userAgent}`);
  doc.end();
  return done;
}

let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

async function run(docs: PdfConvention[], render: (p: PdfConvention) => Promise<Buffer>) {
  const times: number[] = [];
  let bytes = 0;
  const t0 = performance.now();
  for (const d of docs) {
    const t = performance.now();
    bytes += (await render(d)).length;
    times.push(performance.now() - t);
    sample();
  }
  const total = performance.now() - t0;
  times.sort((a, b) => a - b);
  const q = (p: number) =>
    Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))] * 100) / 100;
  return {
    p50Ms: q(0.5),
    p95Ms: q(0.95),
    pdfsParSeconde: Math.round((docs.length / total) * 1000),
    octetsMoyens: Math.round(bytes / docs.length),
  };
}

async function main() {
  const docs = documents(COUNT);
  await run(docs.slice(0, 30), renderConventionPdf); // warm-up (JIT, font metrics)
  await run(docs.slice(0, 30), bare);
  const cerfa = await run(docs, renderConventionPdf);
  const nu = await run(docs, bare);
  const ratioDebit = Math.round((cerfa.pdfsParSeconde / nu.pdfsParSeconde) * 100) / 100;
  // Goals: the layout costs at most half of bare pdfkit's throughput, and one agreement's PDF
  // stays well under the worker's job timeout (a signature waits for it).
  const goals = { ratioDebitMin: 0.5, p95MsMax: 100 };
  const met = {
    ratioDebit: ratioDebit >= goals.ratioDebitMin,
    p95Ms: cerfa.p95Ms <= goals.p95MsMax,
  };
  const result = {
    bench: 'pmsmp',
    count: COUNT,
    rendu: cerfa,
    bibliothequeNue: nu,
    ratioDebit,
    peakRssMo: Math.round(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1048576),
    goals,
    met,
    ok: Object.values(met).every(Boolean),
  };
  console.log(
    `Convention (mise en page Cerfa) : p50 ${cerfa.p50Ms} ms, p95 ${cerfa.p95Ms} ms, ${cerfa.pdfsParSeconde} PDF/s`,
  );
  console.log(
    `pdfkit nu (même texte)          : p50 ${nu.p50Ms} ms, p95 ${nu.p95Ms} ms, ${nu.pdfsParSeconde} PDF/s`,
  );
  console.log(JSON.stringify(result));
}

void main();
