import { createTestContext, TestContext } from './support/test-context';

/**
 * The migrations and the entities describe the same schema: what `npm run migration:generate`
 * would write after the committed migrations is nothing (constraint names included), so a
 * forgotten migration or an entity missing a constraint fails here rather than in production.
 */
describe('Schéma : migrations et entités concordent', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  it('the schema builder finds nothing to change on a migrated database', async () => {
    const pending = await ctx.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query.replace(/\s+/g, ' ').trim())).toEqual([]);
  });
});
