import { conventionExemple } from '@app/pmsmp';
import { execFileSync } from 'node:child_process';
import { SeededStructure } from './fixtures';
import { fakeSiret } from './offres-fixtures';
import { createEntreprise } from './entreprises';
import { createJeune } from './jeunes-fixtures';
import { TestContext } from './test-context';

let n = 0;

/** A jeune (email and SMS consent) and an entreprise of the structure, for one agreement. */
export async function partiesPmsmp(
  ctx: TestContext,
  ml: SeededStructure,
  jeune: Record<string, unknown> = {},
) {
  n++;
  const j = await createJeune(ctx, ml.users.conseiller.token, {
    nom: `Immersion${n}`,
    prenom: `Lina${n}`,
    email: `pmsmp${n}@jeunes.test`,
    telephone: `07 81 44 55 ${String(10 + n).padStart(2, '0')}`,
    consentEmail: true,
    consentSms: true,
    ...jeune,
  });
  const e = await createEntreprise(ctx, ml.users.cre.token, {
    siret: fakeSiret(7_000 + n),
    raisonSociale: `Boulangerie ${n}`,
  });
  return { jeune: j, entrepriseId: e.id as string };
}

/** The API body of the example agreement (an adult, 4–15 January 2027, 35 h a week). */
export function conventionBody(
  jeuneId: string,
  entrepriseId: string,
  over: Record<string, unknown> = {},
): Record<string, any> {
  const c = conventionExemple();
  n++;
  return {
    jeuneId,
    entrepriseId,
    objectif: c.objectif,
    metier: c.metier,
    activites: c.activites,
    competences: c.competences,
    dateDebut: c.dateDebut,
    dateFin: c.dateFin,
    horaires: c.horaires,
    conditionsTravail: c.conditionsTravail,
    risques: c.risques,
    equipementsProtection: c.equipementsProtection,
    transport: c.transport,
    restauration: c.restauration,
    accueil: {
      activite: c.accueil.activite,
      representant: {
        ...c.accueil.representant,
        email: `gerant${n}@accueil.test`,
        telephone: `06 11 11 11 ${String(10 + (n % 90)).padStart(2, '0')}`,
      },
    },
    tuteur: {
      ...c.tuteur,
      email: `tuteur${n}@accueil.test`,
      telephone: `06 22 22 22 ${String(10 + (n % 90)).padStart(2, '0')}`,
    },
    telephoneConseiller: '06 33 33 33 33',
    ...over,
  };
}

/** The text of a PDF, extracted by pdf-parse in a child process (its pdf.js build is ESM). */
export function textePdf(pdf: Buffer): string {
  const script = `const { PDFParse } = require('pdf-parse');
let data = []; process.stdin.on('data', (c) => data.push(c)); process.stdin.on('end', async () => {
  const p = new PDFParse({ data: Buffer.concat(data) }); const r = await p.getText();
  process.stdout.write(r.text); await p.destroy(); });`;
  return execFileSync(process.execPath, ['-e', script], {
    input: pdf,
    cwd: process.cwd(),
  }).toString();
}

/** Supertest parser that keeps a binary body as a Buffer. */
export const binaire = (res: any, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
