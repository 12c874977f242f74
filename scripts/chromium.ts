/**
 * Debian's chromium driven by playwright-core (which downloads no browser): for the review pages'
 * browser test and the README's screenshot. Headless, no sandbox (containers), nothing that phones
 * home (no background networking, component updates or sync), a fresh profile in `profileDir`.
 */
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

export function hasChromium(): boolean {
  return existsSync(chromiumPath);
}

export async function launchChromium(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1440, height: 900 },
  });
}
