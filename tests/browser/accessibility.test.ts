// Every main page of the console against WCAG 2 A and AA (axe-core) in Debian's Chromium, as an
// admin sees them with the demo data: lists, a stage and its tabs, a cycle, the content forms and
// the working pages. The role home pages are checked in their own journeys (homePages.test.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../support/accessibility';
import { artifactsDir, openSignedIn } from '../../support/browser';
import { useConsoleStack } from '../support/consoleStack';

const { stack, browser } = useConsoleStack();

describe('accessibility of the main pages', () => {
  it('when each main page is opened with demo data, then axe finds no WCAG 2 A or AA violation on any of them', async () => {
    const stageId = await stack.stageId('MSPAS');
    const product = await stack.db.product.findFirstOrThrow({ where: { institution: { code: 'MSPAS' } }, orderBy: { code: 'asc' } });
    const { page, errors } = await openSignedIn(browser, stack.baseUrl, 'admin@ciclo.test');
    // Each page with what shows it has loaded (its own heading, a row or a field).
    const pages: [name: string, path: string, ready: () => Promise<unknown>][] = [
      ['etapas', '/stages', () => page.getByRole('row', { name: /MSPAS/ }).first().waitFor()],
      ['etapa', `/stages/${stageId}/show`, () => page.getByRole('tab', { name: 'Resumen' }).waitFor()],
      ['etapa-entrega', `/stages/${stageId}/show/entrega`, () => page.getByText('Verificaciones del entregable').waitFor()],
      ['etapa-observaciones', `/stages/${stageId}/show/observaciones`, () => page.getByRole('tab', { name: 'Observaciones', selected: true }).waitFor()],
      ['ciclos', '/cycles', () => page.getByRole('heading', { name: 'Ciclos' }).or(page.getByText('Aún no hay Ciclos')).first().waitFor()],
      ['plantillas', '/calendar-templates', () => page.getByRole('row', { name: /GT/ }).first().waitFor()],
      ['auditoria', '/audit-events', () => page.locator('main').waitFor()],
      ['productos', '/products', () => page.getByRole('row', { name: new RegExp(product.code) }).first().waitFor()],
      ['producto', `/products/${product.id}`, () => page.getByRole('textbox', { name: /Código/ }).first().waitFor()],
      ['lineas', '/budget-lines', () => page.getByRole('row').nth(1).waitFor()],
      ['techos', '/budget-ceilings', () => page.getByRole('row').nth(1).waitFor()],
      ['importar', '/importar', () => page.getByRole('button', { name: 'Importar', exact: true }).waitFor()],
      ['multianual', '/multianual', () => page.getByRole('heading', { name: 'Vista multianual', level: 1 }).waitFor()],
      ['calendario', '/calendario', () => page.getByRole('button', { name: 'Mes siguiente' }).waitFor()],
      ['avisos', '/notifications', () => page.locator('main').waitFor()],
      ['preferencias-correo', '/preferencias-de-correo', () => page.getByRole('checkbox', { name: 'Enviada: en el resumen diario' }).waitFor()],
      ['clasificadores', '/classifiers', () => page.getByRole('row').nth(1).waitFor()],
    ];
    const failures: string[] = [];
    for (const [name, path, ready] of pages) {
      await page.goto(`${stack.baseUrl}/#${path}`);
      await ready();
      const violations = await axeViolations(page);
      if (violations.length > 0) {
        failures.push(describeViolations(name, violations));
        await page.screenshot({ path: join(artifactsDir, `accesibilidad-${name}-fallo.png`), fullPage: true });
      }
    }
    expect(failures.join('\n\n')).toBe('');
    expect(errors).toEqual([]);
  });
});
