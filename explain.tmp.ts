import { Client } from 'pg';
import { SQL } from './libs/pilotage/src/rapport/rapport-sql';
(async () => {
  const c = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/' + process.argv[2] });
  await c.connect();
  const [{ id }] = (await c.query('SELECT structure_id AS id FROM pilotage_adhesions LIMIT 1')).rows;
  for (const [k, q] of Object.entries(SQL)) {
    const params = [[id], new Date('2024-12-31T23:00:00Z'), new Date('2025-12-31T23:00:00Z'), null, null];
    const p = q.includes('$4') ? params : params.slice(0, 3);
    const r = await c.query('EXPLAIN (ANALYZE, BUFFERS) ' + q, p);
    const lines = r.rows.map((x: any) => x['QUERY PLAN']);
    console.log(k, lines[lines.length - 1], process.argv[3] === k ? '\n' + lines.join('\n') : '');
  }
  await c.end();
})();
