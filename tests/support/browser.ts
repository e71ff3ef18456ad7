// Debian's Chromium driven by playwright-core (never a downloaded browser); console errors fail.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const artifactsDir = 'test-artifacts';
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(artifactsDir, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Collects console errors and page errors, to assert there were none. Chromium logs every 4xx
 * answer as an error; a journey that provokes one on purpose (a 422 listing problems) names its
 * status in `expectedStatuses`, and only those are let through.
 */
export function watchErrors(page: Page, opts: { expectedStatuses?: number[] } = {}): string[] {
  const errors: string[] = [];
  const expected = (opts.expectedStatuses ?? []).map((status) => `Failed to load resource: the server responded with a status of ${status} `);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (!expected.some((prefix) => text.startsWith(prefix))) errors.push(text);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
