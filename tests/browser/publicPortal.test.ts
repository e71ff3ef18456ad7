// The citizens' portal against WCAG 2 A and AA (axe-core) in Debian's Chromium: its home, an
// institution's page with every section filled (plan, budget, execution, charts) and the open data
// page. The portal has no script of its own; axe is evaluated in each page. Any failed request
// (a missing favicon was one) fails the test too.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { artifactsDir, watchErrors } from '../../support/browser';
import { axeViolations, describeViolations } from '../support/accessibility';
import { publishMinistry } from '../support/publishedMinistry';
import { testFiscalYear, type TestStack } from '../support/stack';
import { useConsoleStack } from '../support/consoleStack';

let stack: TestStack;
let browser: Browser;

// The portal is served by the API itself: no console build is needed.
useConsoleStack(
  async (parts) => {
    ({ stack, browser } = parts);
    await publishMinistry(stack.db, { institutionCode: 'MSPAS', fiscalYear: testFiscalYear });
  },
  {},
);

describe('accessibility of the public portal', () => {
  it('when each portal page is opened with a published ministry, then axe finds no WCAG 2 A or AA violation', async () => {
    const page = await browser.newPage({ locale: 'es-GT', viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    const pages: [name: string, path: string, shows: string, lang: string][] = [
      ['portal-inicio', '/publico', 'MSPAS', 'es'],
      ['portal-institucion', '/publico/instituciones/MSPAS', 'Porcentaje ejecutado por programa', 'es'],
      ['portal-datos', '/publico/datos', 'datapackage.json', 'es'],
      ['portal-inicio-en', '/publico/en', 'MSPAS', 'en'],
      ['portal-institucion-en', '/publico/en/instituciones/MSPAS', 'Percentage executed per programme', 'en'],
      ['portal-datos-en', '/publico/en/datos', 'datapackage.json', 'en'],
      ['portal-versiones', '/publico/instituciones/MSPAS/versiones', 'Versiones aprobadas', 'es'],
      ['portal-version-presupuesto', '/publico/instituciones/MSPAS/versiones/budget_proposal', 'Presupuesto por programa', 'es'],
      ['portal-version-informe-en', '/publico/en/instituciones/MSPAS/versiones/monitoring_c1', 'Percentage executed per programme', 'en'],
      ['portal-presupuesto-ciudadano', '/publico/instituciones/MSPAS/presupuesto-ciudadano', 'Lo que produce para la población', 'es'],
      ['portal-presupuesto-nacional-en', '/publico/en/presupuesto-ciudadano', 'Who spends it?', 'en'],
    ];
    const found: string[] = [];
    for (const [name, path, shows, lang] of pages) {
      const answer = await page.goto(`${stack.baseUrl}${path}`);
      expect(answer?.status(), path).toBe(200);
      // The page has the content that makes the check worth something, not an empty shell.
      expect(await page.content(), path).toContain(shows);
      expect(await page.getAttribute('html', 'lang'), path).toBe(lang);
      await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
      const violations = await axeViolations(page);
      if (violations.length > 0) found.push(describeViolations(name, violations));
    }
    expect(found.join('\n\n')).toBe('');
    expect(errors).toEqual([]);
  });
});
