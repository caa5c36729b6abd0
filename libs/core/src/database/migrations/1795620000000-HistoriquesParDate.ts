import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The modules' histories are read oldest first, a page at a time, by the yearly report's rebuild
 * (`WHERE (at, id) > cursor ORDER BY at, id LIMIT n`): without an index in that order every page
 * sorted the whole table again, so a national rebuild (8.7 M messages) took about an hour. The
 * columns indexed are never updated (HOT updates stay possible).
 */
const INDEX = [
  ['IDX_messages_historique', 'messages', 'created_at'],
  ['IDX_offre_transitions_historique', 'offre_transitions', 'at'],
  ['IDX_mer_transitions_historique', 'mer_transitions', 'at'],
  ['IDX_pmsmp_transitions_historique', 'pmsmp_transitions', 'at'],
  ['IDX_pmsmp_conventions_bilan', 'pmsmp_conventions', 'bilan_at'],
  ['IDX_pmsmp_suivis_reponse', 'pmsmp_suivis', 'answered_at'],
];

export class HistoriquesParDate1795620000000 implements MigrationInterface {
  name = 'HistoriquesParDate1795620000000';

  public async up(q: QueryRunner): Promise<void> {
    for (const [name, table, col] of INDEX) {
      await q.query(`CREATE INDEX "${name}" ON "${table}" ("${col}", "id")`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [name] of INDEX) await q.query(`DROP INDEX "${name}"`);
  }
}
