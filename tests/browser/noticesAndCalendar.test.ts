// In a real browser: a planner finds the stage's deadline on the calendar and makes their private
// iCalendar link; after the submission, the authority's bell counts the new notification, which
// opens the stage and its thread of observations, and reads the mail in the local mailbox.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/accessibility';
import { artifactsDir, openSignedIn, step } from '../../support/browser';
import { useConsoleStack } from '../support/consoleStack';

const { stack, browser } = useConsoleStack();

/** Months from the current one (in Guatemala) to the one `at` falls in. */
function monthsAhead(at: Date): number {
  const local = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Guatemala', year: 'numeric', month: '2-digit' }).format(d).split('-').map(Number);
  const [y1, m1] = local(new Date());
  const [y2, m2] = local(at);
  return (y2! - y1!) * 12 + (m2! - m1!);
}

describe('calendar, notifications and the local mailbox in the console', () => {
  it('when a planner opens the calendar, then the stage is on its date, and the feed link they make serves it to a calendar client', async () => {
    const stage = await stack.db.stage.findFirstOrThrow({ where: { institution: { code: 'MSPAS' } } });
    const { page, errors } = await openSignedIn(browser, stack.baseUrl, 'planificador.mspas@ciclo.test');

    await step(page, errors, 'calendario', async () => {
      await page.goto(`${stack.baseUrl}/#/calendario`);
      const ahead = monthsAhead(stage.deadline);
      for (let i = 0; i < Math.abs(ahead); i++) await page.getByRole('button', { name: ahead > 0 ? 'Mes siguiente' : 'Mes anterior' }).click();
      await page.getByRole('link', { name: `MSPAS · ${stage.name}` }).waitFor();
      await page.getByRole('table', { name: /Plazos de .*: 1 plazo/ }).waitFor();
      await expectAccessible(page, 'calendario');
      await page.screenshot({ path: join(artifactsDir, 'calendario.png'), fullPage: true });
    });

    const url = await step(page, errors, 'calendario-enlace', async () => {
      await page.getByRole('button', { name: 'Crear enlace de calendario' }).click();
      const field = page.getByRole('textbox', { name: 'Enlace de su calendario' });
      await field.waitFor();
      return field.inputValue();
    });
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain(`UID:plazo-${stage.id}@ciclo`);

    await step(page, errors, 'calendario-a-etapa', async () => {
      await page.getByRole('link', { name: `MSPAS · ${stage.name}` }).click();
      await page.waitForURL(new RegExp(`#/stages/${stage.id}/show`));
    });
    expect(errors).toEqual([]);
  });

  it('when a planner submits with a comment, then the authority\'s bell counts it, the notification opens the stage and its observations, and the authority reads the mail in the local mailbox', async () => {
    const stage = await stack.db.stage.findFirstOrThrow({ where: { institution: { code: 'MINEDUC' } } });
    const planner = await stack.login('planificador.mineduc@ciclo.test');
    const submitted = await stack.api('POST', `/stages/${stage.id}/submit`, { token: planner, body: { comment: 'Adjuntamos el PEI revisado con la matriz de resultados' } });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const [mail] = await stack.sink.waitFor((m) => m.to.includes('autoridad.mineduc@ciclo.test'));
    const authority = await stack.db.user.findUniqueOrThrow({ where: { email: 'autoridad.mineduc@ciclo.test' } });
    await expect.poll(() => stack.db.notification.count({ where: { userId: authority.id, readAt: null } })).toBe(1);

    const { page, errors } = await openSignedIn(browser, stack.baseUrl, 'autoridad.mineduc@ciclo.test');
    await step(page, errors, 'avisos', async () => {
      await page.getByRole('link', { name: 'Avisos: 1 sin leer' }).click();
      await page.getByText(mail!.subject).waitFor();
      await expectAccessible(page, 'avisos');
      await page.screenshot({ path: join(artifactsDir, 'avisos.png'), fullPage: true });
      await page.getByText(mail!.subject).click();
      await page.waitForURL(new RegExp(`#/stages/${stage.id}/show`));
      await page.getByRole('link', { name: 'Avisos: 0 sin leer' }).waitFor();
    });
    expect(await stack.db.notification.count({ where: { userId: authority.id, readAt: null } })).toBe(0);

    await step(page, errors, 'observaciones', async () => {
      await page.getByRole('tab', { name: 'Observaciones' }).click();
      const thread = page.getByRole('list', { name: 'Observaciones' });
      await thread.getByText('Adjuntamos el PEI revisado con la matriz de resultados').waitFor();
      await thread.getByText('Dirección de Planificación MINEDUC').waitFor();
      await expectAccessible(page, 'observaciones');
      await page.screenshot({ path: join(artifactsDir, 'observaciones.png'), fullPage: true });
    });
    expect(errors).toEqual([]);

    const addressee = await openSignedIn(browser, stack.baseUrl, 'autoridad.mineduc@ciclo.test');
    await step(addressee.page, addressee.errors, 'buzon', async () => {
      await addressee.page.getByRole('menuitem', { name: 'Buzón local (correo de prueba)' }).click();
      await addressee.page.getByText(mail!.subject).first().click();
      await addressee.page.getByText('Adjuntamos el PEI revisado con la matriz de resultados').waitFor();
      await addressee.page.screenshot({ path: join(artifactsDir, 'buzon-local.png'), fullPage: true });
    });
    expect(addressee.errors).toEqual([]);
  });
});

describe('mail preferences in the console', () => {
  it('when a person ticks a kind of notice for the daily digest and saves, then it is kept and shown ticked again', async () => {
    const { page, errors } = await openSignedIn(browser, stack.baseUrl, 'director.mineduc@ciclo.test');
    await page.goto(`${stack.baseUrl}/#/preferencias-de-correo`);
    await page.getByRole('checkbox', { name: 'Recordatorio enviado: en el resumen diario' }).check();
    await page.getByRole('checkbox', { name: 'Plazo vencido: en el resumen diario' }).check();
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByText('Preferencias guardadas').waitFor();
    const person = await stack.db.user.findUniqueOrThrow({ where: { email: 'director.mineduc@ciclo.test' } });
    expect(person.mailDigestKinds.sort()).toEqual(['overdue', 'reminder']);
    await page.reload();
    await page.getByRole('checkbox', { name: 'Recordatorio enviado: en el resumen diario' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Recordatorio enviado: en el resumen diario' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Enviada: en el resumen diario' }).isChecked()).toBe(false);
    expect(errors).toEqual([]);
  });
});
