// Debian's Chromium driven by playwright-core (never a downloaded browser); console errors fail.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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

/** Signs in through the console's login form (demo password) and waits for the home page. */
export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(baseUrl);
  await page.locator('input[name="username"]').fill(email);
  await page.locator('input[name="password"]').fill('ciclo-demo');
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/#\/$/);
}

/** A new page in Spanish (Guatemala), its console errors watched, signed in as `email`. */
export async function openSignedIn(browser: Browser, baseUrl: string, email: string, opts: { expectedStatuses?: number[] } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ locale: 'es-GT', viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page, opts);
  await signIn(page, baseUrl, email);
  return { page, errors };
}

/** Runs a step of a journey; on failure keeps a screenshot `<name>-fallo.png` and adds the browser's console errors. */
export async function step<T>(page: Page, errors: string[], name: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (err) {
    await page.screenshot({ path: join(artifactsDir, `${name}-fallo.png`), fullPage: true }).catch(() => undefined);
    throw new Error(`${name}: ${(err as Error).message}\nErrores de la consola del navegador: ${errors.join(' | ')}`);
  }
}

/** Chooses an option of a MUI select (one value, or one more of several) and closes its list. */
export async function choose(page: Page, combobox: string, option: RegExp): Promise<void> {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option }).click({ timeout: 10_000 });
  const list = page.getByRole('listbox');
  if (await list.isVisible()) await page.keyboard.press('Escape');
  await list.waitFor({ state: 'hidden', timeout: 5_000 });
}
