/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { TEMPLATE_ENV } from './test-env';

export const ROOT = join(__dirname, '..', '..');
export const PORTAIL_SCREENSHOTS = join(ROOT, 'artifacts', 'screenshots', 'portail');

const STAMP = join(ROOT, 'dist', 'portail-build.stamp');
const LOCK = join(ROOT, 'dist', 'portail-build.lock');
const LOCK_STALE_MS = 5 * 60_000;

/**
 * Builds the portal (Vite) once per jest run: the API serves dist/portail. Vite empties its output
 * folder, so two files building at once would serve each other half a portal: the first takes a
 * lock (an atomic mkdir) and stamps the run; the others wait for the stamp.
 */
export function buildPortail(): void {
  const runId = process.env[TEMPLATE_ENV] ?? `solo-${process.pid}`;
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const stamped = () => {
    try {
      return readFileSync(STAMP, 'utf8') === runId;
    } catch {
      return false;
    }
  };
  const wait = new Int32Array(new SharedArrayBuffer(4));
  while (!stamped()) {
    try {
      mkdirSync(LOCK);
    } catch {
      // Held by another test file of this run (or left by a killed run: broken after 5 min).
      const since = statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      Atomics.wait(wait, 0, 0, 250);
      continue;
    }
    try {
      if (!stamped()) {
        const run = spawnSync('npm', ['run', '-s', 'build:portail'], {
          cwd: ROOT,
          encoding: 'utf8',
        });
        if (run.status !== 0)
          throw new Error(`build:portail a échoué :\n${run.stdout}\n${run.stderr}`);
        writeFileSync(STAMP, runId);
      }
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

/** axe-core on the page as it is: the serious and critical violations, with their targets. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Every visible form control has a label a screen reader announces. */
export const unlabelled = () =>
  [...document.querySelectorAll('input, select, textarea')]
    .filter(
      (el) =>
        (el as HTMLInputElement).type !== 'hidden' && (el as HTMLElement).offsetParent !== null,
    )
    .filter(
      (el) =>
        !(el as HTMLInputElement).labels?.length &&
        !el.getAttribute('aria-label') &&
        !el.getAttribute('aria-labelledby'),
    )
    .map((el) => el.outerHTML);

/**
 * What every page of the journeys must pass, in the state it is in: every control labelled, axe
 * (0 serious or critical), and at 375 and 1280 px nothing wider than the screen except inside its
 * own scrolling region (wide tables); a screenshot at each width (`<prefix><name>-<width>.png`).
 */
export async function checkPage(page: Page, name: string, prefix = ''): Promise<void> {
  await page.locator('main').waitFor();
  // A settled page: a dialog still fading out has its text at half opacity (axe would rightly
  // find it unreadable). Finite CSS transitions and animations only (a spinner never ends).
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
        ),
    undefined,
    { timeout: 5_000 },
  );
  expect(await page.evaluate(unlabelled)).toEqual([]);
  expect({ page: name, violations: await seriousViolations(page) }).toEqual({
    page: name,
    violations: [],
  });
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    // If the page scrolls sideways, what sticks out (the deepest elements past the edge).
    const wide = await page.evaluate((w) => {
      if (document.documentElement.scrollWidth <= w) return null;
      const scrolls = (el: Element | null): boolean =>
        !!el && (getComputedStyle(el).overflowX !== 'visible' || scrolls(el.parentElement));
      return [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > w + 1 && !scrolls(el.parentElement))
        .slice(-3)
        .map((el) => `${el.tagName}.${el.className} ${el.textContent?.slice(0, 30)}`)
        .concat(`scrollWidth ${document.documentElement.scrollWidth}`);
    }, width);
    expect({ page: name, width, wide }).toEqual({ page: name, width, wide: null });
    await page.screenshot({
      path: join(PORTAIL_SCREENSHOTS, `${prefix}${name}-${width}.png`),
      fullPage: true,
    });
  }
}
