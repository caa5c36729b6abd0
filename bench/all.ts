/**
 * `npm run bench [-- --full] [-- --only messaging,pmsmp]`: every benchmark one after the other,
 * small sizes by default (about a minute on a quiet machine), the issues' sizes with `--full`.
 * Each benchmark's last stdout line is its JSON: `{ "bench": name, …, "goals": {…}, "met": {…},
 * "ok": bool }`. Prints a summary table, then its own JSON last line (every result, overall ok).
 * A script absent from package.json is skipped with a line saying so; a JSON without `met` is
 * reported as "goals not declared" (it does not fail the run, it is not a pass either).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

/** Per benchmark: the flags of the small run and of the full run (the issues' sizes). */
const BENCHMARKS: { name: string; small: string[]; full: string[] }[] = [
  {
    name: 'matching',
    // A database of its own: the small run does not regenerate the full one.
    small: [
      '--jeunes',
      '20000',
      '--offres',
      '400',
      '--structures',
      '20',
      '--echantillon',
      '100',
    ].concat(['--base', 'ml_bench_matching_small']),
    full: ['--jeunes', '1000000', '--offres', '20000'],
  },
  { name: 'matching-quality', small: ['--jeunes', '600', '--offres', '200'], full: [] },
  { name: 'messaging', small: ['--count', '300'], full: ['--count', '10000'] },
  { name: 'jeunes-import', small: ['--rows', '5000'], full: ['--rows', '100000'] },
  { name: 'pmsmp', small: ['--count', '100'], full: ['--count', '1000'] },
  { name: 'portail', small: ['--offres', '100', '--runs', '2'], full: ['--offres', '500'] },
  { name: 'portail-offres', small: [], full: [] },
  { name: 'portail-tri', small: [], full: [] },
  {
    name: 'rapport',
    small: ['--structures', '5', '--messages', '2000', '--runs', '5'],
    full: ['--structures', '436'],
  },
];

type Status = 'ok' | 'goals missed' | 'goals not declared' | 'failed' | 'skipped';

interface Result {
  bench: string;
  status: Status;
  seconds: number;
  detail: string;
  json?: Record<string, unknown>;
}

function run(script: string, args: string[]): Promise<{ code: number; lastLine: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', script, '--', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      process.stdout.write(c);
    });
    child.on('close', (code) => {
      const lines = out.trim().split('\n');
      resolve({ code: code ?? 1, lastLine: lines[lines.length - 1] ?? '' });
    });
  });
}

function judge(json: Record<string, unknown>): { status: Status; detail: string } {
  const met = json.met as Record<string, unknown> | undefined;
  if (!met || typeof met !== 'object') return { status: 'goals not declared', detail: '' };
  const missed = Object.entries(met)
    .filter(([, v]) => v !== true)
    .map(([k]) => k);
  if (json.ok === true && missed.length === 0) {
    return { status: 'ok', detail: `${Object.keys(met).length} goals met` };
  }
  return { status: 'goals missed', detail: `missed: ${missed.join(', ') || '(ok false)'}` };
}

async function main(): Promise<void> {
  const full = process.argv.includes('--full');
  const i = process.argv.indexOf('--only');
  const only = i > 0 ? process.argv[i + 1].split(',') : null;
  const scripts = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  const results: Result[] = [];
  for (const b of BENCHMARKS.filter((x) => !only || only.includes(x.name))) {
    const script = `bench:${b.name}`;
    if (!scripts[script]) {
      console.log(`\n== ${script} : absent de cette branche (package.json), ignoré`);
      results.push({ bench: b.name, status: 'skipped', seconds: 0, detail: 'script absent' });
      continue;
    }
    const args = full ? b.full : b.small;
    console.log(`\n== npm run ${script} -- ${args.join(' ')}`);
    const t0 = Date.now();
    const { code, lastLine } = await run(script, args);
    const seconds = Math.round((Date.now() - t0) / 100) / 10;
    let json: Record<string, unknown> | undefined;
    try {
      json = JSON.parse(lastLine) as Record<string, unknown>;
    } catch {
      json = undefined;
    }
    if (code !== 0 || !json) {
      const detail = code !== 0 ? `exit code ${code}` : 'no JSON on the last line';
      results.push({ bench: b.name, status: 'failed', seconds, detail, json });
      continue;
    }
    results.push({ bench: b.name, seconds, json, ...judge(json) });
  }

  console.log(
    `\nBenchmarks (${full ? 'full sizes' : 'small sizes; --full for the issues’ sizes'})`,
  );
  console.log(`${'bench'.padEnd(18)} ${'status'.padEnd(19)} ${'s'.padStart(7)}  detail`);
  for (const r of results) {
    console.log(
      `${r.bench.padEnd(18)} ${r.status.padEnd(19)} ${String(r.seconds).padStart(7)}  ${r.detail}`,
    );
  }
  // Skipped and undeclared benchmarks do not fail the run; a failure or a missed goal does.
  const ok = results.every((r) => !['failed', 'goals missed'].includes(r.status));
  console.log(JSON.stringify({ bench: 'all', mode: full ? 'full' : 'small', results, ok }));
  process.exitCode = ok ? 0 : 1;
}

void main();
