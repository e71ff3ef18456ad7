// In a real browser: the MSPAS authority signs in to the console and approves the submitted
// strategic review; the approval reaches the workflow, the database and the planner's mailbox.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactsDir, watchErrors } from '../../support/browser';
import { useConsoleStack } from '../support/consoleStack';

const { stack, browser } = useConsoleStack();

describe('console', () => {
  it('when an authority approves a submitted stage in the browser, then it is approved everywhere', async () => {
    const stageId = await stack.stageId('MSPAS');
    const submitted = await stack.api('POST', `/stages/${stageId}/submit`, { token: await stack.login('planificador.mspas@ciclo.test'), body: {} });
    expect(submitted.body.status).toBe('submitted');

    const page = await browser.newPage({ locale: 'es-GT', viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(stack.baseUrl);
    await page.locator('input[name="username"]').fill('autoridad.mspas@ciclo.test');
    await page.locator('input[name="password"]').fill('ciclo-demo');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/#\/$/);

    await page.goto(`${stack.baseUrl}/#/stages`);
    const row = page.locator('tr', { hasText: 'MSPAS' });
    await row.getByRole('button', { name: 'Aprobar' }).click().catch(async (err) => {
      await page.screenshot({ path: join(artifactsDir, 'autoridad-aprueba-etapa-fallo.png'), fullPage: true });
      throw new Error(`${err.message}\nErrores de la consola del navegador: ${errors.join(' | ')}`);
    });
    await page.getByRole('dialog').getByRole('textbox').first().fill('Aprobado desde la consola');
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
    await page.getByText('Etapa aprobada').waitFor();
    await row.getByText('Aprobada').waitFor();
    await page.screenshot({ path: join(artifactsDir, 'autoridad-aprueba-etapa.png'), fullPage: true });

    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stageId } })).toMatchObject({ status: 'approved', lastComment: 'Aprobado desde la consola' });
    const [mail] = await stack.sink.waitFor((m) => m.to.includes('planificador.mspas@ciclo.test') && /aprobada/.test(m.subject));
    expect(mail!.text).toContain('Aprobado desde la consola');
    expect(errors).toEqual([]);
  });

  it('when a visitor arrives without a session, and when a person signs out, then the console goes to the login form in one navigation, not a sign-out loop', async () => {
    const page = await browser.newPage({ locale: 'es-GT', viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    // Every history change the router makes: the loop this guards against made thousands.
    await page.addInitScript(() => {
      const counted = window as unknown as { historyChanges: number };
      counted.historyChanges = 0;
      for (const method of ['pushState', 'replaceState'] as const) {
        const original = history[method].bind(history);
        history[method] = (...args: Parameters<History['pushState']>) => {
          counted.historyChanges++;
          return original(...args);
        };
      }
    });
    const historyChanges = () => page.evaluate(() => (window as unknown as { historyChanges: number }).historyChanges);

    await page.goto(`${stack.baseUrl}/#/stages`);
    await page.locator('input[name="username"]').waitFor();
    expect(page.url()).toMatch(/#\/login$/);
    expect(await historyChanges()).toBeLessThanOrEqual(3);

    await page.locator('input[name="username"]').fill('autoridad.mspas@ciclo.test');
    await page.locator('input[name="password"]').fill('ciclo-demo');
    await page.locator('button[type="submit"]').click();
    // Back where the visitor was going.
    await page.waitForURL(/#\/stages$/);
    const beforeSignOut = await historyChanges();
    await page.getByRole('button', { name: 'Perfil' }).click();
    await page.getByRole('menuitem', { name: 'Cerrar sesión' }).click();
    await page.locator('input[name="username"]').waitFor();
    expect((await historyChanges()) - beforeSignOut).toBeLessThanOrEqual(3);
    expect(errors).toEqual([]);
  });
});
