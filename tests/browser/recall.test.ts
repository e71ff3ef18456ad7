// In a real browser: the MSPAS planner who submitted the strategic review withdraws it from the
// stage page with a comment; the stage is a draft again and its authority is told. The authority,
// who did not submit it, is not offered the button.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactsDir, watchErrors } from '../../support/browser';
import { useConsoleStack } from '../support/consoleStack';

const { stack, browser } = useConsoleStack();

async function signIn(email: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ locale: 'es-GT', viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page);
  await page.goto(stack.baseUrl);
  await page.locator('input[name="username"]').fill(email);
  await page.locator('input[name="password"]').fill('ciclo-demo');
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/#\/$/);
  return { page, errors };
}

describe('console', () => {
  it('when the submitter withdraws the submission from the stage page, then it is a draft again and the authority is told', async () => {
    const stageId = await stack.stageId('MSPAS');
    const submitted = await stack.api('POST', `/stages/${stageId}/submit`, { token: await stack.login('planificador.mspas@ciclo.test'), body: {} });
    expect(submitted.body.status).toBe('submitted');

    // The authority decides it: approve is offered, withdraw is not.
    const authority = await signIn('autoridad.mspas@ciclo.test');
    await authority.page.goto(`${stack.baseUrl}/#/stages/${stageId}/show`);
    await authority.page.getByRole('button', { name: 'Aprobar' }).waitFor();
    expect(await authority.page.getByRole('button', { name: 'Retirar envío' }).count()).toBe(0);
    await authority.page.close();

    const { page, errors } = await signIn('planificador.mspas@ciclo.test');
    await page.goto(`${stack.baseUrl}/#/stages/${stageId}/show`);
    await page.getByRole('button', { name: 'Retirar envío' }).click().catch(async (err) => {
      await page.screenshot({ path: join(artifactsDir, 'planificador-retira-envio-fallo.png'), fullPage: true });
      throw new Error(`${err.message}\nErrores de la consola del navegador: ${errors.join(' | ')}`);
    });
    const dialog = page.getByRole('dialog');
    // Without a comment the dialog stays open and nothing is sent.
    await dialog.getByRole('button', { name: 'Confirmar' }).click();
    await dialog.getByText('Obligatorio').waitFor();
    expect((await stack.db.stage.findUniqueOrThrow({ where: { id: stageId } })).status).toBe('submitted');

    await dialog.getByRole('textbox').fill('Falta adjuntar la matriz de riesgos');
    await dialog.getByRole('button', { name: 'Confirmar' }).click();
    await page.getByText('Envío retirado: la etapa vuelve a borrador').waitFor();
    await page.getByRole('button', { name: 'Enviar' }).waitFor();
    expect(await page.getByRole('button', { name: 'Retirar envío' }).count()).toBe(0);
    await page.screenshot({ path: join(artifactsDir, 'planificador-retira-envio.png'), fullPage: true });

    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stageId } })).toMatchObject({ status: 'draft', version: 2, lastComment: 'Falta adjuntar la matriz de riesgos' });
    const [mail] = await stack.sink.waitFor((m) => m.to.includes('autoridad.mspas@ciclo.test') && /se retiró el envío/.test(m.subject));
    expect(mail!.text).toContain('Falta adjuntar la matriz de riesgos');
    expect(errors).toEqual([]);
  });
});
