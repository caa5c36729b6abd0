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
