/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Page } from 'playwright-core';

export const ROOT = join(__dirname, '..', '..');
export const PORTAIL_SCREENSHOTS = join(ROOT, 'artifacts', 'screenshots', 'portail');

/** Builds the portal (Vite) once for the file: the API serves dist/portail. */
export function buildPortail(): void {
  const run = spawnSync('npm', ['run', '-s', 'build:portail'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`build:portail a échoué :\n${run.stdout}\n${run.stderr}`);
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
