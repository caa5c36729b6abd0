/**
 * What the portal's benches share (bench/portail.ts, portail-tri.ts, portail-offres.ts): the
 * portal built, a database of their own migrated, the real API serving it, Chromium, a page
 * logged in by cookie; and the measure of an action inside the loaded app against the API calls
 * that action made, replayed alone from the same page.
 */
/// <reference lib="dom" />
import 'reflect-metadata';
import { dataSourceOptions } from '@app/core';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { spawnSync } from 'node:child_process';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { ApiModule } from '../../apps/api/src/api.module';
import { setupHttp } from '../../apps/api/src/setup-http';
import { launchChromium } from '../../test/support/chromium';
import { ADMIN_DATABASE_URL, databaseUrl, REDIS_URL } from '../../test/support/test-env';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist', 'portail');
export const PASSWORD = 'mot-de-passe-du-banc-2026';

export const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];

export async function admin(sql: string) {
  const c = new Client({ connectionString: ADMIN_DATABASE_URL });
  await c.connect();
  await c.query(sql).finally(() => c.end());
}

/** `npm run build:portail`, unless `--no-build` (the portal in dist/portail as it is). */
export function buildPortail() {
  if (process.argv.includes('--no-build')) return;
  const build = spawnSync('npm', ['run', '-s', 'build:portail'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(build.stderr || build.stdout);
}

export interface PortailBench {
  app: NestExpressApplication;
  /** The bench's own database, migrated (kept open for seeding in SQL). */
  ds: DataSource;
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

/** A database named after the bench, the API on a free port, Chromium; `close` drops it all. */
export async function startPortailBench(name: string): Promise<PortailBench> {
  const db = `bench_${name.replace(/-/g, '_')}_${Date.now().toString(36)}`;
  await admin(`CREATE DATABASE "${db}"`);
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl(db),
    REDIS_URL,
    REDIS_PREFIX: `bench-${name}-${process.pid}`,
    LOG_LEVEL: 'silent',
    DEV_SURFACES: 'true', // the development JWT secret, as the tests (the API needs one)
  };
  const ds = new DataSource({ ...dataSourceOptions(env.DATABASE_URL), logging: ['error'] });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(env), {
    bodyParser: false,
    logger: false,
    abortOnError: false, // a configuration error is printed, not a silent exit(1)
  });
  setupHttp(app);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const browser = await launchChromium();
  return {
    app,
    ds,
    base,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
      await ds.destroy();
      await admin(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    },
  };
}

/** A page of a new browser context, logged in by the session cookie. */
export async function loggedInPage(b: PortailBench, email: string): Promise<Page> {
  const context = await b.browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'fr-FR',
  });
  const login = await context.request.post(`${b.base}/auth/session`, {
    data: { email, password: PASSWORD },
  });
  if (!login.ok()) throw new Error(`login ${email}: ${login.status()}`);
  return context.newPage();
}

/**
 * Waits until no request of the page is in flight (polled, with a deadline): the user has
 * looked at the page, or hovered a link, before acting.
 */
export async function networkQuiet(page: Page, timeoutMs = 30_000) {
  // The requests seen from now on (one already in flight when called is not waited for).
  const pending = new Set<unknown>();
  const up = (r: unknown) => pending.add(r);
  const down = (r: unknown) => pending.delete(r);
  page.on('request', up);
  page.on('requestfinished', down);
  page.on('requestfailed', down);
  try {
    const deadline = Date.now() + timeoutMs;
    // Quiet = nothing pending over two polls (a request may start right after another ends).
    for (let calm = 0; calm < 2; calm = pending.size === 0 ? calm + 1 : 0) {
      if (Date.now() > deadline) throw new Error('network never quiet');
      await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    }
  } finally {
    page.off('request', up);
    page.off('requestfinished', down);
    page.off('requestfailed', down);
  }
}

export interface InApp {
  /** From the click to the frame where `ready` first holds (read in the page). */
  ms: number;
  /** The API calls the action made (its resource timings, the portal's own files left out). */
  calls: string[];
  /** Where the time went, from the click: the first call started, the last one answered. */
  fetchStartMs: number;
  responseEndMs: number;
}

/**
 * In the loaded app: clicks `target` (a CSS selector, or `text=` a button's, link's or option's
 * text) or changes a native select (`select=<css>=<value>`) and times, in the page itself, until `ready` (a function run in the page) holds, to the next frame.
 */
export async function inApp(page: Page, target: string, ready: string): Promise<InApp> {
  return page.evaluate(
    `(${async (target: string, ready: () => boolean) => {
      performance.clearResourceTimings();
      // `select=<css>=<value>`: a native select changed; `text=<text>`: a link, button or option.
      const choix = target.startsWith('select=') ? target.slice(7) : null;
      const css = choix ? choix.slice(0, choix.lastIndexOf('=')) : target;
      const el = css.startsWith('text=')
        ? [...document.querySelectorAll('a, button, [role="option"]')].find(
            (e) => e.textContent?.trim() === css.slice(5),
          )
        : document.querySelector(css);
      if (!el) throw new Error(`introuvable : ${target}`);
      const act = () => {
        if (!choix) return (el as HTMLElement).click();
        (el as HTMLSelectElement).value = choix.slice(choix.lastIndexOf('=') + 1);
        el.dispatchEvent(new Event('change', { bubbles: true }));
      };
      let t0 = 0;
      const ms = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`jamais prêt : ${ready}`)), 30_000);
        const check = () => {
          if (!ready()) return;
          obs.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve(performance.now() - t0));
        };
        const obs = new MutationObserver(check);
        obs.observe(document.body, { subtree: true, childList: true, characterData: true });
        t0 = performance.now();
        act();
      });
      const api = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (e) => !e.name.startsWith(`${location.origin}/portail/`),
      );
      return {
        ms,
        calls: api.map((e) => e.name.replace(location.origin, '')),
        fetchStartMs: Math.min(...api.map((e) => e.startTime)) - t0,
        responseEndMs: Math.max(...api.map((e) => e.responseEnd)) - t0,
      };
    }})(${JSON.stringify(target)}, ${ready})`,
  ) as Promise<InApp>;
}

/** The same calls alone, from the same page, all at once (bodies read): milliseconds. */
export async function callsAlone(page: Page, calls: string[]): Promise<number> {
  return page.evaluate(async (urls) => {
    const t0 = performance.now();
    await Promise.all(
      urls.map((u) => fetch(u, { credentials: 'same-origin' }).then((r) => r.json())),
    );
    return performance.now() - t0;
  }, calls);
}

export interface ActionFigures {
  ms: number;
  apiMs: number;
  /** The median of each run's ratio (action / its calls alone, measured one after the other). */
  ratio: number;
  runsMs: number[];
  apiRunsMs: number[];
  calls: string[];
  /** Medians, from the click: the data asked for, the data received. */
  fetchStartMs: number;
  responseEndMs: number;
}

/**
 * `runs` times: `prepare` brings the page to the state before the action (it may load a page),
 * then the action is timed, then its own API calls are replayed alone. An action that fetched
 * nothing would be timed on cached data: refused, as calls the bench did not expect.
 */
export async function timeAction(
  page: Page,
  runs: number,
  prepare: (run: number) => Promise<{ target: string; ready: string }>,
  expected: (url: string) => boolean,
): Promise<ActionFigures> {
  const ms: number[] = [];
  const api: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let calls: string[] = [];
  for (let run = 0; run < runs; run++) {
    const { target, ready } = await prepare(run);
    const profile = process.env.BENCH_PROFILE && run === runs - 1 ? await startProfile(page) : null;
    const r = await inApp(page, target, ready);
    if (profile) console.log(`${target}:\n${await profile()}`);
    if (!r.calls.length || r.calls.some((u) => !expected(u)))
      throw new Error(`${target}: calls changed, update the bench: ${r.calls.join(' ') || 'none'}`);
    ms.push(r.ms);
    starts.push(r.fetchStartMs);
    ends.push(r.responseEndMs);
    api.push(await callsAlone(page, r.calls));
    calls = r.calls;
  }
  // Each run's ratio, its two figures taken a moment apart: the load of a shared machine moves
  // both, a ratio of medians taken over the whole series would mix different moments.
  return {
    ms: Math.round(median(ms)),
    apiMs: +median(api).toFixed(1),
    ratio: +median(ms.map((m, i) => m / api[i])).toFixed(2),
    runsMs: ms.map(Math.round),
    apiRunsMs: api.map(Math.round),
    calls,
    fetchStartMs: Math.round(median(starts)),
    responseEndMs: Math.round(median(ends)),
  };
}

/**
 * BENCH_PROFILE=1: the last run of each action under Chromium's CPU profiler; printed: the
 * functions that took the most time themselves (build with `--minify false` for their names).
 */
async function startProfile(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    // Each function with its caller: who asked for a forced style or layout, for instance.
    const dt = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, i) => {
      const node = byId.get(id)!;
      const name = (n: typeof node | undefined) =>
        n
          ? `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`
          : '';
      const parent = profile.nodes.find((p) => p.children?.includes(id));
      const key = `${name(node)} < ${name(parent)}`;
      self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    });
    return [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([k, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${k}`)
      .join('\n');
  };
}

/** One timed action on a line: its time, when its data was asked and received, its calls alone. */
export const afficherAction = (nom: string, a: ActionFigures) =>
  console.log(
    `${nom} : ${a.ms} ms (données demandées à +${a.fetchStartMs} ms, reçues à +${a.responseEndMs} ms) ; ses appels d'API seuls (${a.calls.length}) : ${a.apiMs} ms ; rapport ${a.ratio}`,
  );
