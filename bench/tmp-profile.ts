import 'reflect-metadata';
import { MatchingService, RechercheService } from '@app/matching';
import { OffresService } from '@app/offres';
import { Client } from 'pg';
import { benchApp, resetPropositions } from './matching/bench-app';
import { urls } from './matching/database';

async function main() {
  const url = urls('ml_bench_matching').db;
  const c = new Client({ connectionString: url });
  await c.connect();
  await resetPropositions(c);
  const app = await benchApp(url);
  let cur: Record<string, number> = {};
  const wrap = (obj: any, name: string, label: string) => {
    const orig = obj[name];
    obj[name] = async function (...a: unknown[]) {
      const t = process.hrtime.bigint();
      try {
        return await orig.apply(this, a);
      } finally {
        cur[label] = (cur[label] ?? 0) + Number(process.hrtime.bigint() - t) / 1e6;
      }
    };
  };
  wrap(OffresService.prototype, 'findPublishedForMatching', 'offres');
  wrap(RechercheService.prototype, 'rechercher', 'recherche');
  const writer: any = (app.get(MatchingService) as any).writer;
  wrap(writer, 'engager', 'writer');
  wrap(MatchingService.prototype as any, 'existantes', 'existantes');
  wrap(MatchingService.prototype as any, 'analyser', 'analyser');
  wrap(MatchingService.prototype as any, 'assigner', 'assigner');
  const { rows } = await c.query(`SELECT id FROM offres ORDER BY random() LIMIT 400`);
  const m = app.get(MatchingService);
  const all: Record<string, number>[] = [];
  for (const r of rows) {
    cur = {};
    const t = process.hrtime.bigint();
    await m.apparier([r.id]);
    cur.total = Number(process.hrtime.bigint() - t) / 1e6;
    all.push(cur);
  }
  all.sort((a, b) => b.total - a.total);
  for (const x of all.slice(0, 20))
    console.log(
      Object.entries(x)
        .map(([k, v]) => `${k}=${v.toFixed(1)}`)
        .join(' '),
    );
  await app.close();
  await c.end();
}
main();
