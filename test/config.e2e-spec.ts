import { AppConfig } from '@app/core';
import { JeunesConfig } from '@app/jeunes';
import { MatchingConfig } from '@app/matching';
import { MessagingConfig } from '@app/messaging';
import { MerConfig } from '@app/mises-en-relation';
import { ReferentielsConfig } from '@app/referentiels';
import { createTestContext, TestContext } from './support/test-context';

/**
 * One config loader, one overrides path: what the app is started with reaches every lib's config,
 * in the API and in the worker (the API used to drop MATCHING_*, JEUNES_* and GEOCODER overrides).
 */
describe('Configuration : les surcharges atteignent chaque module', () => {
  let ctx: TestContext;
  const env = {
    QUEUE_BACKOFF_MS: '250',
    MATCHING_POIDS_FICHE: '41',
    JEUNES_RETENTION_MONTHS: '36',
    GEOCODER: 'ban',
    BAN_TIMEOUT_MS: '700',
    MESSAGING_RESEND_COOLDOWN_HOURS: '3',
    MER_DELAI_JEUNE_JOURS: '9',
  };

  beforeAll(async () => {
    ctx = await createTestContext({ worker: true, env });
  });
  afterAll(() => ctx.close());

  it.each([
    ['api', () => ctx.api],
    ['worker', () => ctx.worker!],
  ])('in the %s', (_, app) => {
    expect(app().get(AppConfig).QUEUE_BACKOFF_MS).toBe(250);
    expect(app().get(MatchingConfig).MATCHING_POIDS_FICHE).toBe(41);
    expect(app().get(ReferentielsConfig)).toMatchObject({ GEOCODER: 'ban', BAN_TIMEOUT_MS: 700 });
    expect(app().get(MessagingConfig).MESSAGING_RESEND_COOLDOWN_HOURS).toBe(3);
    expect(app().get(MerConfig).MER_DELAI_JEUNE_JOURS).toBe(9);
  });

  it('in the API, the jeunes module too', () => {
    expect(ctx.api.get(JeunesConfig).JEUNES_RETENTION_MONTHS).toBe(36);
  });
});
