// In a real browser: the MINFIN coordinator moves a date of the Guatemalan calendar template,
// starts the 2029 cycle of the four pilot ministries from the console and reads its progress
// matrix; then extends a stage's deadline. Each change is checked through the API.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactsDir, signIn, step, watchErrors } from '../../support/browser';
import { useConsoleStack } from '../support/consoleStack';

const coordinator = 'coordinador.minfin@ciclo.test';
const ministries = ['MSPAS', 'MINEDUC', 'MAGA', 'CIV'];

const { stack, browser } = useConsoleStack();

describe('console, coordinator', () => {
  it('when a coordinator edits a template and starts a cycle in the browser, then the API has both and the matrix shows every institution', async () => {
    const token = await stack.login(coordinator);
    const templates = async () => (await stack.api('GET', '/calendar-templates', { token })).body as any[];
    const before = (await templates()).find((t) => t.code === 'GT-ANUAL');
    expect(before.stages.find((s: any) => s.code === 'budget_proposal').deadline).toEqual({ kind: 'fixedDate', month: 7, day: 15, yearOffset: -1, adjustment: 'previousBusinessDay' });

    const page = await browser.newPage({ locale: 'es-GT', viewport: { width: 1680, height: 1000 } });
    const errors = watchErrors(page);
    await signIn(page, stack.baseUrl, coordinator);

    // The template: budget_proposal due 20 July of t-1 instead of 15 July.
    await step(page, errors, 'plantilla', async () => {
      await page.getByRole('menuitem', { name: 'Plantillas de calendario' }).click();
      // Not GT-ANUAL-ELECTORAL, the election-year variant.
      await page.locator('tr').filter({ has: page.getByText('GT-ANUAL', { exact: true }) }).click();
      await page.getByRole('link', { name: 'Editar' }).click();
      const stage = page.locator('li').filter({ has: page.getByText('budget_proposal', { exact: true }) });
      const day = stage.getByRole('spinbutton', { name: 'Día' });
      expect(await day.inputValue()).toBe('15');
      await day.fill('20');
      await stage.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(artifactsDir, 'coordinador-plantilla-edicion.png') });
      await page.getByRole('button', { name: 'Guardar' }).click();
      await page.getByText('Elemento actualizado').waitFor();
      await page.waitForURL(/#\/calendar-templates\/[^/]+\/show$/);
      await page.locator('tr', { hasText: 'budget_proposal' }).getByText('20 de julio del año t-1; si es inhábil, el día hábil anterior').waitFor();
      // GT-ANUAL declares no days of its own: the page says the cycles add the jurisdiction's.
      await page.getByText('Días no laborables declarados').waitFor();
      await page.getByText(/Ninguno propio; cada ciclo añade al empezar/).waitFor();
    });
    await page.screenshot({ path: join(artifactsDir, 'coordinador-plantilla.png'), fullPage: true });

    // Only that day changed: every other field of every stage came back as it was.
    const after = (await templates()).find((t) => t.code === 'GT-ANUAL');
    expect(after.stages.find((s: any) => s.code === 'budget_proposal').deadline.day).toBe(20);
    expect(after).toEqual({
      ...before,
      updatedAt: after.updatedAt,
      stages: before.stages.map((s: any) => (s.code === 'budget_proposal' ? { ...s, deadline: { ...s.deadline, day: 20 } } : s)),
    });

    // The cycle: fiscal year 2029, GT-ANUAL, the four ministries.
    await step(page, errors, 'ciclo', async () => {
      await page.getByRole('menuitem', { name: 'Ciclos' }).click();
      await page.getByRole('link', { name: 'Crear' }).click();
      await page.getByRole('spinbutton', { name: 'Ejercicio fiscal' }).fill('2029');
      await page.getByRole('combobox', { name: /Plantilla de calendario/ }).click();
      await page.getByRole('option', { name: /^GT-ANUAL(?!-)/ }).click();
      // No criterion chosen: every active institution but the coordinators, the four ministries of the demo.
      await page.getByTestId('selected-institutions').getByText(`${ministries.length} instituciones seleccionadas`).waitFor();
      await page.getByRole('button', { name: 'Guardar' }).click();
      await page.waitForURL(/#\/cycles\/[^/]+\/show$/);
    });

    const matrix = page.getByRole('table', { name: 'Avance por institución y etapa' });
    const rowHeaders = await step(page, errors, 'matriz', async () => {
      await matrix.waitFor();
      await matrix.getByRole('columnheader', { name: 'Anteproyecto de presupuesto' }).waitFor();
      return matrix.locator('tbody tr th').allTextContents();
    });
    expect(rowHeaders).toEqual(['Coordinación', ...[...ministries].sort()]);
    // Fourteen stages: eight for the coordinators, six for each ministry, none open before 2028.
    expect(await matrix.locator('thead th').count()).toBe(15);
    expect(await matrix.getByText('No abierta').count()).toBe(8 + 4 * 6);
    // The start's progress, polled until the four institution cycles run.
    await step(page, errors, 'inicio', () =>
      page.getByTestId('cycle-start-progress').getByText('Instituciones iniciadas: 4 de 4 · con el ciclo terminado: 0').waitFor(),
    );

    const cycleId = /#\/cycles\/([^/]+)\/show$/.exec(page.url())![1]!;
    const cycle = await stack.api('GET', `/cycles/${cycleId}`, { token });
    expect(cycle.body).toMatchObject({ jurisdiction: 'GT', fiscalYear: 2029, status: 'running', institutions: 4 });
    const snapshot = await stack.db.cycle.findUniqueOrThrow({ where: { id: cycleId } });
    expect((snapshot.templateSnapshot as any).stages.find((s: any) => s.code === 'budget_proposal').deadline.day).toBe(20);
    await page.screenshot({ path: join(artifactsDir, 'coordinador-matriz.png'), fullPage: true });

    // "Mover fecha": the guidelines' deadline for the whole cycle.
    await step(page, errors, 'mover-fecha', async () => {
      await page.getByRole('button', { name: 'Mover fecha' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: /Etapa/ }).click();
      await page.getByRole('option', { name: /Lineamientos de planificación/ }).click();
      await dialog.getByLabel(/Nueva fecha límite/).fill('2028-03-06T17:00');
      await dialog.getByRole('textbox', { name: /Comentario/ }).fill('Se da una semana más a SEGEPLAN');
      await dialog.getByRole('button', { name: 'Confirmar' }).click();
      await page.getByText('Fecha movida para todas las instituciones del ciclo').waitFor();
    });

    expect(errors).toEqual([]);
  });

  it('when the API rejects a template, then the form shows its message under the field', async () => {
    const page = await browser.newPage({ locale: 'es-GT', viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    await signIn(page, stack.baseUrl, coordinator);
    const template = (await stack.api('GET', '/calendar-templates', { token: await stack.login(coordinator) })).body.find((t: any) => t.code === 'GT-ANUAL');

    await step(page, errors, 'validacion', async () => {
      await page.goto(`${stack.baseUrl}/#/calendar-templates/${template.id}`);
      // The guidelines are due in February: the form allows day 30, the template's schema does not.
      const stage = page.locator('li').filter({ has: page.getByText('guidelines', { exact: true }) });
      await stage.getByRole('spinbutton', { name: 'Día' }).fill('30');
      await page.getByRole('button', { name: 'Guardar' }).click();
      await stage.getByText('ese día no existe en ese mes').waitFor();
      await page.getByRole('alert').getByText(/stages\.0\.deadline\.day/).waitFor();
    });
    await page.screenshot({ path: join(artifactsDir, 'coordinador-plantilla-rechazada.png') });

    const unchanged = await stack.api('GET', `/calendar-templates/${template.id}`, { token: await stack.login(coordinator) });
    expect(unchanged.body.stages[0].deadline.day).toBe(28);
    // The browser logs the rejected request itself; nothing else may fail.
    expect(errors.filter((e) => !/status of 422/.test(e))).toEqual([]);
  });

  it('when a coordinator extends a stage in the browser, then its deadline moves', async () => {
    const stageId = await stack.stageId('MINEDUC');
    const page = await browser.newPage({ locale: 'es-GT', viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    await signIn(page, stack.baseUrl, coordinator);

    await step(page, errors, 'prorroga', async () => {
      await page.goto(`${stack.baseUrl}/#/stages/${stageId}/show`);
      await page.getByRole('button', { name: 'Prorrogar' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(/Nuevo plazo/).fill('2027-04-15T17:00');
      await dialog.getByRole('textbox', { name: /Motivo de la prórroga/ }).fill('Cambio de autoridades');
      await dialog.getByRole('button', { name: 'Confirmar' }).click();
      await page.getByRole('alert').getByText('Plazo prorrogado').waitFor();
    });

    const stage = await stack.db.stage.findUniqueOrThrow({ where: { id: stageId } });
    expect(stage.deadline.toISOString()).toBe('2027-04-15T23:00:00.000Z');
    expect(errors).toEqual([]);
  });

  it('when the institution keeps Lima time, then its stage shows the deadline there and an extension is typed in Lima time', async () => {
    // The strategic review is due 31 March 2027 at 23:59 in Guatemala: 00:59 on 1 April in Lima.
    await stack.db.institution.update({ where: { code: 'MAGA' }, data: { timeZone: 'America/Lima' } });
    const stageId = await stack.stageId('MAGA');
    const page = await browser.newPage({ locale: 'es-GT', viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    await signIn(page, stack.baseUrl, coordinator);

    await step(page, errors, 'zona-horaria', async () => {
      await page.goto(`${stack.baseUrl}/#/stages/${stageId}/show`);
      await page.getByText('1 abr 2027', { exact: true }).waitFor();
      expect(await page.getByText('31 mar 2027').count()).toBe(0);
      await page.getByRole('button', { name: 'Prorrogar' }).click();
      const dialog = page.getByRole('dialog');
      const newDeadline = dialog.getByLabel(/Nuevo plazo/);
      expect(await newDeadline.inputValue()).toBe('2027-04-01T00:59');
      await dialog.getByText('Hora de America/Lima').waitFor();
      await newDeadline.fill('2027-04-15T17:00');
      await dialog.getByRole('textbox', { name: /Motivo de la prórroga/ }).fill('Cambio de autoridades');
      await dialog.getByRole('button', { name: 'Confirmar' }).click();
      await page.getByRole('alert').getByText('Plazo prorrogado').waitFor();
    });

    const stage = await stack.db.stage.findUniqueOrThrow({ where: { id: stageId } });
    expect(stage.deadline.toISOString()).toBe('2027-04-15T22:00:00.000Z');
    expect(errors).toEqual([]);
  });
});
