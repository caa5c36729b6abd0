import { JOB, QUEUE } from '@app/core';
import { MerEcheancesService } from '@app/mises-en-relation';
import { bearer, SeededStructure } from './fixtures';
import { createJeune } from './jeunes-fixtures';
import { TEST_PUBLIC_URL, TestContext } from './test-context';
import { waitFor } from './wait-for';

let n = 0;

/** A jeune who agreed to email and SMS, in the matcher's projection, on these fiches. */
export async function jeuneMer(ctx: TestContext, ml: SeededStructure, fiches: string[]) {
  n++;
  const j = await createJeune(ctx, ml.users.conseiller.token, {
    nom: `Mer${n}`,
    prenom: `Prenom${n}`,
    email: `mer${n}@jeunes.test`,
    telephone: `07 81 22 33 ${String(10 + n).padStart(2, '0')}`,
    fichesRome: fiches,
    experiences: [],
    disponibleLe: null,
    consentEmail: true,
    consentSms: true,
  });
  await waitFor(
    async () =>
      (
        await ctx.dataSource.query(`SELECT 1 FROM matching_jeunes WHERE jeune_id = $1 AND actif`, [
          j.id,
        ])
      ).length > 0,
    { what: 'the jeune in the projection' },
  );
  return { id: j.id as string, email: j.email as string, telephone: j.telephone as string };
}

/** The CRE's screening queue, once the matcher's proposals for the offer are there. */
export async function aExaminer(
  ctx: TestContext,
  ml: SeededStructure,
  offreId: string,
  count?: number,
) {
  if (count === undefined) {
    const res = await ctx
      .http()
      .get(`/mises-en-relation/a-examiner?offreId=${offreId}`)
      .set(bearer(ml.users.cre.token));
    return res.body.items as any[];
  }
  return waitFor(
    async () => {
      const res = await ctx
        .http()
        .get(`/mises-en-relation/a-examiner?offreId=${offreId}`)
        .set(bearer(ml.users.cre.token));
      return res.status === 200 && res.body.items.length === count && (res.body.items as any[]);
    },
    // The matcher runs in the worker after the outbox relay: generous under a full parallel run.
    { what: `${count} proposals to examine`, timeoutMs: 30_000 },
  );
}

/** The path of the first link of the mail that starts with this route (the host is the test's PUBLIC_URL). */
export function lien(text: string, route: string): string {
  const m = text.match(
    new RegExp(`${TEST_PUBLIC_URL.replace(/\./g, '\\.')}(/${route}/[^\\s"<>?]+)`),
  );
  if (!m) throw new Error(`No /${route} link in: ${text}`);
  return m[1];
}

export const merRow = async (ctx: TestContext, id: string) =>
  (await ctx.dataSource.query(`SELECT * FROM mises_en_relation WHERE id = $1`, [id]))[0];

export const merStatut = async (ctx: TestContext, offreId: string, jeuneId: string) =>
  (
    await ctx.dataSource.query(
      `SELECT statut FROM mises_en_relation WHERE offre_id = $1 AND jeune_id = $2`,
      [offreId, jeuneId],
    )
  )[0]?.statut as string | undefined;

/** Runs the sweep in the worker (as its scheduler would) and waits for the per-MER jobs it queued. */
export async function balayer(ctx: TestContext): Promise<void> {
  const { dues } = await ctx.worker!.get(MerEcheancesService).sweep();
  if (dues === 0) return;
  const { getQueueToken } = await import('@nestjs/bullmq');
  const queue = ctx.worker!.get(getQueueToken(QUEUE.MAINTENANCE));
  await waitFor(
    async () => {
      const jobs = await queue.getJobs(['waiting', 'active', 'delayed', 'prioritized']);
      return jobs.filter((j: { name: string }) => j.name === JOB.MER_ECHEANCE).length === 0;
    },
    { what: 'the MER jobs done' },
  );
}
