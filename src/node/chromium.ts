/**
 * Launching Debian's Chromium through playwright-core (Playwright's own browser download cannot
 * work on the machines this project targets). Used by the browser tests and the screenshot CLI.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run `apt-get install -y chromium` (as root) or set CHROME_PATH');
  const { chromium } = await import('playwright-core');
  // playwright-core's launch() gives every browser a fresh temporary profile (--user-data-dir).
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}
