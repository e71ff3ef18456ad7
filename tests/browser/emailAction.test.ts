// In a real browser, signed out: the MSPAS authority opens the "Aprobar" link of their mail, sees
// what it will do, confirms with the keyboard, and the stage is approved in their name. The link's
// token never leaves the browser in a URL: only request bodies carry it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/accessibility';
import { artifactsDir, watchErrors } from '../../support/browser';
import { useConsoleStack } from '../support/consoleStack';

const { stack, browser } = useConsoleStack();

describe('console: a decision from the mail', () => {
  it('when the approve link of a mail is opened without signing in and confirmed, then the page shows the result and the stage is approved', async () => {
    const stageId = await stack.stageId('MSPAS');
    const submitted = await stack.api('POST', `/stages/${stageId}/submit`, { token: await stack.login('planificador.mspas@ciclo.test'), body: {} });
    expect(submitted.body.status).toBe('submitted');
    const [mail] = await stack.sink.waitFor((m) => m.to.includes('autoridad.mspas@ciclo.test') && /enviada para aprobación/.test(m.subject));
    const approveUrl = /^Aprobar: (\S+)$/m.exec(mail!.text)![1]!.replace('http://ciclo.test', stack.baseUrl);

    // A fresh context: no session in localStorage.
    const context = await browser.newContext({ locale: 'es-GT', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const token = approveUrl.split('#/correo/accion/')[1]!;
    const requests: { url: string; body: string | null }[] = [];
    page.on('request', (request) => requests.push({ url: request.url(), body: request.postData() }));
    await page.goto(approveUrl);
    await page.getByRole('heading', { name: 'Aprobar la etapa' }).waitFor().catch(async (err) => {
      await page.screenshot({ path: join(artifactsDir, 'correo-aprobar-fallo.png'), fullPage: true });
      throw new Error(`${err.message}\nURL: ${page.url()}\nErrores de la consola del navegador: ${errors.join(' | ')}`);
    });
    expect(page.url()).toContain('/#/correo/accion/');
    await page.getByText('Ministerio de Salud Pública y Asistencia Social').waitFor();
    await page.getByText('Revisión del plan estratégico institucional (PEI)').waitFor();
    // Opening the page acted on nothing.
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stageId } })).toMatchObject({ status: 'submitted' });
    await expectAccessible(page, 'aprobar desde el correo');
    await page.screenshot({ path: join(artifactsDir, 'correo-aprobar.png'), fullPage: true });

    await page.getByLabel('Comentario (opcional)').fill('Aprobado desde el correo');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Confirmar');
    await page.keyboard.press('Enter');
    await page.getByText('Etapa aprobada.').waitFor();
    await page.screenshot({ path: join(artifactsDir, 'correo-aprobar-hecho.png'), fullPage: true });

    const authority = await stack.db.user.findUniqueOrThrow({ where: { email: 'autoridad.mspas@ciclo.test' } });
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stageId } })).toMatchObject({ status: 'approved', lastComment: 'Aprobado desde el correo' });
    expect(await stack.db.auditEvent.findFirstOrThrow({ where: { stageId, action: 'approved' } })).toMatchObject({ actorId: authority.id });

    // Opened again, the link says it was used and offers nothing to confirm.
    await page.reload();
    await page.getByText('Este enlace ya se usó').waitFor();
    expect(await page.getByRole('button', { name: 'Confirmar' }).count()).toBe(0);
    // The browser sent the token in bodies (the lookup, the decision), never in the part of a URL
    // that reaches a server: the fragment after '#' stays in the browser.
    const sent = (r: { url: string }) => new URL(r.url).pathname + new URL(r.url).search;
    expect(requests.filter((r) => sent(r).includes(token)).map(sent)).toEqual([]);
    expect([...new Set(requests.filter((r) => r.body?.includes(token)).map(sent))].sort()).toEqual(['/api/email-actions', '/api/email-actions/lookup']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
