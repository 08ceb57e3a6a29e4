import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Debian's Chromium (or `CHROMIUM_PATH`); test tools' own browser downloads do not work here. */
export function findChromium(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * Whether browser suites can run. Without Chromium they are skipped with a loud warning,
 * and under CI=true the run fails instead.
 */
export function chromiumOrSkip(): string | undefined {
  const path = findChromium();
  if (path) return path;
  const message =
    '\n' +
    '!!! No Chromium found (looked at CHROMIUM_PATH, ' + CANDIDATES.join(', ') + ').\n' +
    '!!! Browser end-to-end tests are NOT running. Install it: apt-get install -y chromium\n';
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(message);
  return undefined;
}

/** Launches headless Chromium; Playwright gives each launch a fresh temporary profile. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
