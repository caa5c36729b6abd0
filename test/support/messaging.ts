import {
  Message,
  MessageStatut,
  NotificationRequest,
  NotificationsService,
  TemplateId,
} from '@app/messaging';
import { createJeune } from './jeunes-fixtures';
import { TestContext } from './test-context';
import { waitFor } from './wait-for';

/** Requests a notification the way a feature module does: inside its own transaction. */
export async function notify<T extends TemplateId>(
  ctx: TestContext,
  req: NotificationRequest<T>,
): Promise<string[]> {
  const service = ctx.api.get(NotificationsService);
  const { messageIds } = await ctx.dataSource.transaction((m) => service.notify(m, req));
  return messageIds;
}

export const message = (ctx: TestContext, id: string) =>
  ctx.dataSource.getRepository(Message).findOneByOrFail({ id });

export function waitForStatut(
  ctx: TestContext,
  id: string,
  statut: MessageStatut,
  timeoutMs = 15000,
): Promise<Message> {
  return waitFor(
    async () => {
      const m = await message(ctx, id);
      return m.statut === statut && m;
    },
    { timeoutMs, what: `message ${id} ${statut}` },
  );
}

/** A jeune who agreed to email and SMS, created through the API by the conseiller. */
export async function jeuneJoignable(
  ctx: TestContext,
  conseillerToken: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; email: string; telephone: string }> {
  const j = await createJeune(ctx, conseillerToken, {
    consentEmail: true,
    consentSms: true,
    ...overrides,
  });
  return { id: j.id, email: j.email, telephone: j.telephone };
}

export function propositionData(lienReponse: string, overrides: Record<string, string> = {}) {
  return {
    prenom: 'Lina',
    offre: 'Employé(e) polyvalent(e) de restauration',
    entreprise: 'Boulangerie Dupont',
    commune: 'Lille',
    lienReponse,
    ...overrides,
  };
}

/** A French mobile per index, as Brevo receives it (no "+"): 33 6 10 00 00 00 + i. */
export const mobileOf = (i: number) => `336${10000000 + i}`;

/**
 * `count` contacts notified by email and SMS (`entretien_planifie`), in transactions of 50 as a
 * feature module would: returns the message ids by channel, and the addresses.
 */
export async function notifyContacts(
  ctx: TestContext,
  structureId: string,
  prefix: string,
  count: number,
  canaux: ('email' | 'sms')[] = ['email', 'sms'],
): Promise<{ email: string[]; sms: string[]; ids: string[] }> {
  const service = ctx.api.get(NotificationsService);
  const out = { email: [] as string[], sms: [] as string[], ids: [] as string[] };
  for (let start = 0; start < count; start += 50) {
    await ctx.dataSource.transaction(async (manager) => {
      for (let i = start; i < Math.min(count, start + 50); i++) {
        const { messageIds } = await service.notify(manager, {
          event: `${prefix}:${i}`,
          structureId,
          destinataire: { email: `${prefix}${i}@contacts.test`, telephone: `+${mobileOf(i)}` },
          template: 'entretien_planifie',
          data: {
            prenom: 'Lina',
            offre: 'Vendeuse',
            entreprise: 'Fleurs & Co',
            date: '2026-12-03T13:30:00Z',
            adresse: '2 place du Marché, Lille',
          },
          canaux,
        });
        out.ids.push(...messageIds);
      }
    });
  }
  const rows: { id: string; canal: 'email' | 'sms' }[] = await ctx.dataSource.query(
    `SELECT id, canal FROM messages WHERE id = ANY($1)`,
    [out.ids],
  );
  for (const r of rows) out[r.canal].push(r.id);
  return out;
}

/** Messages of these ids per status. */
export async function statuts(ctx: TestContext, ids: string[]): Promise<Record<string, number>> {
  const rows: { statut: string; n: number }[] = await ctx.dataSource.query(
    `SELECT statut, count(*)::int AS n FROM messages WHERE id = ANY($1) GROUP BY statut`,
    [ids],
  );
  return Object.fromEntries(rows.map((r) => [r.statut, r.n]));
}
