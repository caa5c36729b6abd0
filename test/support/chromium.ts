import { existsSync } from 'node:fs';
import { Browser, chromium } from 'playwright-core';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * Debian's Chromium, driven by playwright-core (no browser download). `.ci/run` installs it;
 * on another machine: `sudo apt-get install chromium` or set CHROMIUM_PATH.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!executablePath) {
    throw new Error(
      'Chromium introuvable : installez-le (sudo apt-get install chromium) ou indiquez CHROMIUM_PATH.',
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    // As root in a sandbox, and without the background traffic a closed network refuses.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
