// In a real browser, each role's home page: the planner's countdowns and missing items, the
// authority's approval inbox, the coordinator's matrix and charts on a running compressed cycle.
// Every home page is checked with axe-core (WCAG 2 A and AA) and photographed.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/accessibility';
import { artifactsDir, signIn, step, watchErrors } from '../../support/browser';
import { useConsoleStack } from '../support/consoleStack';
import { eventually } from '../support/eventually';
import { actOnOpenedStage, openedStage } from '../support/openedStages';

const { stack, browser } = useConsoleStack();

const dayMs = 24 * 3_600_000;

describe('home pages', () => {
  it('when a planner signs in, then the home page counts down to the deadline and lists what is missing before submitting', async () => {
    const token = await stack.login('planificador.mspas@ciclo.test');
    const mspas = await stack.db.institution.findUniqueOrThrow({ where: { code: 'MSPAS' } });
    // A product that serves no result: the strategic plan's gate will name it.
    const product = await stack.api('POST', '/products', { token, body: { institutionId: mspas.id, code: 'PV-9', name: 'Brigadas móviles de salud' } });
    expect(product.status).toBe(201);
    const stage = await stack.db.stage.findFirstOrThrow({ where: { institutionId: mspas.id } });

    const page = await browser.newPage({ locale: 'es-GT', viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await signIn(page, stack.baseUrl, 'planificador.mspas@ciclo.test');

    const card = page.getByRole('article', { name: stage.name });
    await step(page, errors, 'planificador', async () => {
      await page.getByRole('heading', { level: 1, name: 'Mis etapas' }).waitFor();
      await card.getByText('El producto PV-9 (Brigadas móviles de salud) no sirve a ningún resultado del plan').waitFor();
    });
    // The countdown: whole days to the deadline, as the browser's clock sees them.
    const countdown = await card.getByText(/^Faltan \d+ días/).textContent();
    const days = Number(/Faltan (\d+) días/.exec(countdown ?? '')![1]);
    expect(Math.abs(days - Math.floor((stage.deadline.getTime() - Date.now()) / dayMs))).toBeLessThanOrEqual(1);
    await expect(card.getByText(/^Plazo: 31 mar\.? 2027/).count()).resolves.toBe(1);
    await expect(card.getByText(/^Falta corregir \d+ problemas? antes de enviar la etapa$/).count()).resolves.toBe(1);
    await expect(card.getByRole('link', { name: 'Ver la entrega' }).getAttribute('href')).resolves.toBe(`#/stages/${stage.id}/show/entrega`);

    await step(page, errors, 'planificador-axe', () => expectAccessible(page, 'inicio del planificador'));
    await page.screenshot({ path: join(artifactsDir, 'inicio-planificador.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('when an authority approves from the inbox, then the stage is approved in the database and leaves the inbox', async () => {
    const stage = await stack.db.stage.findFirstOrThrow({ where: { institution: { code: 'MINEDUC' } } });
    const submitted = await stack.api('POST', `/stages/${stage.id}/submit`, { token: await stack.login('planificador.mineduc@ciclo.test'), body: { comment: 'PEI revisado con la nueva autoridad' } });
    expect(submitted.body.status).toBe('submitted');

    const page = await browser.newPage({ locale: 'es-GT', viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await signIn(page, stack.baseUrl, 'autoridad.mineduc@ciclo.test');

    const item = page.getByRole('article', { name: `MINEDUC · ${stage.name}` });
    await step(page, errors, 'bandeja', async () => {
      await page.getByRole('heading', { level: 1, name: 'Aprobaciones' }).waitFor();
      await page.getByText('1 etapa espera su decisión').waitFor();
      await item.getByText('Comentario del envío: PEI revisado con la nueva autoridad').waitFor();
    });
    await step(page, errors, 'bandeja-axe', () => expectAccessible(page, 'inicio de la autoridad'));
    await page.screenshot({ path: join(artifactsDir, 'inicio-autoridad-bandeja.png'), fullPage: true });

    await step(page, errors, 'aprobar', async () => {
      await item.getByRole('button', { name: 'Aprobar' }).click();
      const dialog = page.getByRole('dialog', { name: 'Aprobar etapa' });
      await dialog.getByRole('textbox', { name: 'Comentario (opcional)' }).fill('Aprobado desde la bandeja de entrada');
      await step(page, errors, 'dialogo-axe', () => expectAccessible(page, 'diálogo de aprobación'));
      await dialog.getByRole('button', { name: 'Confirmar' }).click();
      await page.getByText('Etapa aprobada').waitFor();
      await page.getByText('No hay etapas esperando su decisión.').waitFor();
    });
    await page.screenshot({ path: join(artifactsDir, 'inicio-autoridad-aprobada.png'), fullPage: true });

    const authority = await stack.db.user.findUniqueOrThrow({ where: { email: 'autoridad.mineduc@ciclo.test' } });
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stage.id } })).toMatchObject({ status: 'approved', lastComment: 'Aprobado desde la bandeja de entrada' });
    expect(await stack.db.auditEvent.findFirst({ where: { stageId: stage.id, action: 'approved' } })).toMatchObject({ actorId: authority.id, comment: 'Aprobado desde la bandeja de entrada' });
    await expect(item.count()).resolves.toBe(0);
    await step(page, errors, 'vacia-axe', () => expectAccessible(page, 'inicio de la autoridad, bandeja vacía'));
    expect(errors).toEqual([]);
  });

  it('when an authority returns from the inbox with a reason and a comment, then the stage is back with the planner and the reason is recorded', async () => {
    const stage = await stack.db.stage.findFirstOrThrow({ where: { institution: { code: 'CIV' } } });
    await stack.api('POST', `/stages/${stage.id}/submit`, { token: await stack.login('planificador.civ@ciclo.test'), body: {} });

    const page = await browser.newPage({ locale: 'es-GT', viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await signIn(page, stack.baseUrl, 'autoridad.civ@ciclo.test');
    const item = page.getByRole('article', { name: `CIV · ${stage.name}` });

    await step(page, errors, 'devolver', async () => {
      await item.getByRole('button', { name: 'Devolver' }).click();
      const dialog = page.getByRole('dialog', { name: 'Devolver para corrección' });
      // Without a reason nothing is sent: the field says so.
      await dialog.getByRole('textbox', { name: /^Comentario/ }).fill('Faltan las metas físicas de 2028');
      await dialog.getByRole('button', { name: 'Confirmar' }).click();
      await dialog.getByText('Obligatorio').first().waitFor();
      await dialog.getByRole('combobox', { name: /^Motivo/ }).click();
      await page.getByRole('option', { name: 'Información incompleta' }).click();
      await step(page, errors, 'devolver-axe', () => expectAccessible(page, 'diálogo de devolución'));
      await dialog.getByRole('button', { name: 'Confirmar' }).click();
      await page.getByText('Etapa devuelta para corrección').waitFor();
      await page.getByText('No hay etapas esperando su decisión.').waitFor();
    });
    await page.screenshot({ path: join(artifactsDir, 'inicio-autoridad-devuelta.png'), fullPage: true });

    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stage.id } })).toMatchObject({ status: 'draft', version: 2, lastComment: 'Faltan las metas físicas de 2028' });
    expect(await stack.db.auditEvent.findFirst({ where: { stageId: stage.id, action: 'returned' } })).toMatchObject({ reasonCode: 'incomplete', comment: 'Faltan las metas físicas de 2028' });
    await stack.sink.waitFor((m) => m.to.includes('planificador.civ@ciclo.test') && m.subject.endsWith('devuelta para corrección'));
    expect(errors).toEqual([]);
  });

  it('when a coordinator starts a cycle, then the home page draws the matrix and the charts, filters them, and a cell opens its stage', { timeout: 240_000 }, async () => {
    const tokens = Object.fromEntries(
      await Promise.all(
        ['coordinador.minfin', 'revisor.minfin', 'coordinador.segeplan', 'planificador.mineduc', 'director.mineduc', 'autoridad.mineduc'].map(async (who) => [who, await stack.login(`${who}@ciclo.test`)] as const),
      ),
    );
    // Four calendar days before the PEI deadline, with the guidelines already late; a day lasts 5.8 s,
    // so MINEDUC's seven actions fit in its 23 s even on a loaded machine (at 2.9 s a day they once did not).
    const started = await stack.api('POST', '/cycles', {
      token: tokens['coordinador.minfin'],
      body: { fiscalYear: 2028, templateCode: 'GT-ANUAL', institutionCodes: ['MSPAS', 'MINEDUC', 'MAGA', 'CIV'], timeScale: 15_000, calendarStart: '2027-03-28T00:00:00-06:00' },
    });
    expect(started.status).toBe(201);
    const cycleId = started.body.id as string;
    const stageOf = (code: string, institutionCode: string) => openedStage(stack, cycleId, code, institutionCode);
    const act = (stageId: string, who: string, action: 'submit' | 'approve') => actOnOpenedStage(stack, stageId, tokens[who]!, action);
    // Guidelines approved late; MINEDUC carries its PEI in time; the other three let it fall overdue.
    const guidelines = await stageOf('guidelines', 'SEGEPLAN');
    await act(guidelines.id, 'coordinador.segeplan', 'submit');
    await act(guidelines.id, 'coordinador.minfin', 'approve');
    // MINFIN-DTP's formulation rules, due 31 March, on time: a second MINFIN person approves them.
    const rules = await stageOf('budget_formulation_rules', 'MINFIN');
    await act(rules.id, 'coordinador.minfin', 'submit');
    await act(rules.id, 'revisor.minfin', 'approve');
    const pei = await stageOf('strategic_review', 'MINEDUC');
    await act(pei.id, 'planificador.mineduc', 'submit');
    await act(pei.id, 'director.mineduc', 'approve');
    await act(pei.id, 'autoridad.mineduc', 'approve');
    const magaPei = await stageOf('strategic_review', 'MAGA');
    await eventually(async () => expect((await stack.db.stage.findUniqueOrThrow({ where: { id: magaPei.id } })).overdue).toBe(true), 60_000);

    const page = await browser.newPage({ locale: 'es-GT', viewport: { width: 1680, height: 1000 } });
    const errors = watchErrors(page);
    await signIn(page, stack.baseUrl, 'coordinador.minfin@ciclo.test');

    // Time to the matrix: from a fresh load of the home page to the matrix table on screen.
    const matrix = page.getByRole('table', { name: 'Avance por institución y etapa' });
    await page.goto('about:blank');
    const startedAt = performance.now();
    await page.goto(`${stack.baseUrl}/#/`);
    const inPageMs = await step(page, errors, 'matriz', async () => {
      await matrix.getByRole('rowheader', { name: 'MAGA' }).waitFor();
      return page.evaluate(() => performance.now());
    });
    const elapsedMs = performance.now() - startedAt;
    console.log(`[medida] inicio del coordinador, tiempo hasta la matriz dibujada: ${Math.round(elapsedMs)} ms desde page.goto; ${Math.round(inPageMs)} ms de performance.now() en la página`);

    expect(await matrix.locator('tbody tr th').allTextContents()).toEqual(['Coordinación', 'CIV', 'MAGA', 'MINEDUC', 'MSPAS']);
    const onTime = page.getByRole('figure', { name: 'Proporción a tiempo por etapa' });
    const overdue = page.getByRole('figure', { name: 'Etapas vencidas por institución' });
    const completion = page.getByRole('figure', { name: 'Avance de las etapas en el tiempo' });
    await step(page, errors, 'graficos', async () => {
      // PEI: MINEDUC on time, MSPAS, MAGA and CIV overdue; the guidelines were approved late.
      await onTime.getByText(/^25\s?% a tiempo \(1 de 4\)$/).waitFor();
      await onTime.getByText(/^0\s?% a tiempo \(0 de 1\)$/).waitFor();
      await overdue.getByRole('listitem').filter({ hasText: 'MAGA' }).getByText(/^1 vencida · mayor atraso: \d+ días?$/).waitFor();
      await completion.getByRole('img', { name: 'Avance de las etapas en el tiempo' }).waitFor();
      await completion.getByText(/^Al .*: 3 etapas aprobadas y \d+ con el plazo cumplido, de 32 etapas en todo el ciclo\.$/).waitFor();
    });
    // Each chart's table alternative has the same figures.
    await onTime.getByText('Ver los datos en una tabla').click();
    const peiRow = onTime.getByRole('row', { name: /Revisión del plan estratégico institucional/ });
    // The table is drawn once its disclosure opens.
    await peiRow.waitFor();
    expect(await peiRow.getByRole('cell').allTextContents()).toEqual(['1', '0', '3', expect.stringMatching(/^25\s?%$/)]);
    await step(page, errors, 'coordinador-axe', () => expectAccessible(page, 'inicio del coordinador'));
    await page.screenshot({ path: join(artifactsDir, 'inicio-coordinador.png'), fullPage: true });

    // Filters: the agriculture sector leaves MAGA alone, in the matrix and the overdue chart.
    await step(page, errors, 'filtro-sector', async () => {
      await page.getByRole('combobox', { name: 'Sector' }).click();
      await page.getByRole('option', { name: 'Agricultura' }).click();
      await page.getByText('Se muestran 1 de 4 instituciones.').waitFor();
    });
    expect(await matrix.locator('tbody tr th').allTextContents()).toEqual(['MAGA']);
    expect(await overdue.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^MAGA1 vencida/)]);
    await step(page, errors, 'filtro-estado', async () => {
      await page.getByRole('combobox', { name: 'Sector' }).click();
      await page.getByRole('option', { name: 'Todos los sectores' }).click();
      await page.getByRole('combobox', { name: 'Estado de alguna etapa' }).click();
      await page.getByRole('option', { name: 'Vencida' }).click();
      // The server filters: until its answer comes, the last rows stay, marked busy.
      await matrix.and(page.locator('[aria-busy="false"]')).waitFor();
      await matrix.getByRole('rowheader', { name: 'MSPAS' }).waitFor();
    });
    const overdueRows = await matrix.locator('tbody tr th').allTextContents();
    expect(overdueRows).toEqual(expect.arrayContaining(['CIV', 'MAGA', 'MSPAS']));
    expect(overdueRows).not.toContain('Coordinación');
    await page.screenshot({ path: join(artifactsDir, 'inicio-coordinador-vencidas.png'), fullPage: true });

    // Drill-down: MAGA's PEI cell opens that very stage.
    await step(page, errors, 'detalle', async () => {
      await matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'MAGA' }) }).getByRole('link').first().click();
      await page.waitForURL(new RegExp(`#/stages/${magaPei.id}/show$`));
      await page.getByText('Revisión del plan estratégico institucional (PEI)').first().waitFor();
    });
    expect(errors).toEqual([]);
  });
});
