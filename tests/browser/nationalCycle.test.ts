// In a real browser, a national cycle: with the whole public sector registered (seed:national,
// 400+ institutions), the MINFIN coordinator chooses the institutions of a cycle by criteria and
// sees how many they are, starts it, watches the institution cycles start, and then narrows the
// home page's matrix by type of institution and by department. And the people who take part: a
// coordinator invites a planner, who sets a password through the mailed link.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { seedNational } from '../../prisma/seedNational';
import { artifactsDir, choose, signIn, step, watchErrors } from '../../support/browser';
import { eventually } from '../support/eventually';
import { useConsoleStack } from '../support/consoleStack';

const coordinator = 'coordinador.minfin@ciclo.test';
const fiscalYear = 2029;
/** The matrix's page, as the console asks for it. */
const pageSize = 25;

const { stack, browser } = useConsoleStack(async ({ stack }) => {
  await seedNational(stack.db);
});

/**
 * Reads the start progress until every institution cycle has started, keeping each "k de N
 * iniciadas" seen on the way (the first one photographed); fails after `timeoutMs`.
 */
async function followStart(progress: Locator, institutions: number, timeoutMs: number): Promise<{ seen: number[]; text: string }> {
  const done = `Instituciones iniciadas: ${institutions} de ${institutions}`;
  const seen: number[] = [];
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = (await progress.textContent({ timeout: 10_000 })) ?? '';
    const running = /(\d+) de (\d+) iniciadas/.exec(text);
    if (running) {
      expect(Number(running[2]), text).toBe(institutions);
      if (seen.at(-1) !== Number(running[1])) seen.push(Number(running[1]));
      if (seen.length === 1) await progress.screenshot({ path: join(artifactsDir, 'ciclo-nacional-progreso.png') });
    }
    if (text.includes(done)) return { seen, text };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`después de ${timeoutMs / 1000} s la barra dice «${text}», no «${done}»`);
}

describe('console, national cycle', () => {
  it('when a coordinator starts a cycle for the whole public sector, then the form counts its 400+ institutions, the start progresses to all of them and the home matrix narrows by type and department', { timeout: 600_000 }, async () => {
    const participants = await stack.db.institution.findMany({
      where: { active: true, kind: { not: 'coordinator' } },
      select: { code: true, kind: true, departmentCode: true },
    });
    const municipalities = participants.filter((i) => i.kind === 'municipality');
    expect(participants.length).toBeGreaterThanOrEqual(400);
    expect(municipalities).toHaveLength(340);

    const page = await browser.newPage({ locale: 'es-GT', viewport: { width: 1680, height: 1000 } });
    // Busy starting hundreds of children, the engine may miss the progress query's deadline: the
    // API answers 503 and the bar keeps polling quietly. No other request may get a 503.
    const errors = watchErrors(page, { expectedStatuses: [503] });
    const unavailable: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 503) unavailable.push(new URL(response.url()).pathname);
    });
    await signIn(page, stack.baseUrl, coordinator);
    const count = page.getByTestId('selected-institutions');

    // The form: a type narrows the count; with no criterion, every active institution but the coordinators.
    await step(page, errors, 'nacional-formulario', async () => {
      await page.getByRole('menuitem', { name: 'Ciclos' }).click();
      await page.getByRole('link', { name: 'Crear' }).click();
      await page.getByRole('spinbutton', { name: 'Ejercicio fiscal' }).fill(String(fiscalYear));
      await page.getByRole('combobox', { name: /Plantilla de calendario/ }).click();
      await page.getByRole('option', { name: /^GT-ANUAL(?!-)/ }).click();
      await count.getByText(`${participants.length} instituciones seleccionadas`).waitFor({ timeout: 15_000 });
      await choose(page, 'Tipos de institución', /^Municipalidad \(340\)$/);
      await count.getByText('340 instituciones seleccionadas').waitFor({ timeout: 15_000 });
      await page.screenshot({ path: join(artifactsDir, 'ciclo-nacional-municipalidades.png'), fullPage: true });
      await choose(page, 'Tipos de institución', /^Municipalidad \(340\)$/);
      await count.getByText(`${participants.length} instituciones seleccionadas`).waitFor({ timeout: 15_000 });
    });
    await page.screenshot({ path: join(artifactsDir, 'ciclo-nacional-formulario.png'), fullPage: true });

    // Started: the government cycle starts the institution cycles one by one, and the bar says so.
    const startedAt = Date.now();
    await step(page, errors, 'nacional-inicio', async () => {
      await page.getByRole('button', { name: 'Guardar' }).click();
      await page.waitForURL(/#\/cycles\/[^/]+\/show$/, { timeout: 30_000 });
    });
    const progress = page.getByTestId('cycle-start-progress');
    const { seen } = await step(page, errors, 'nacional-progreso', () => followStart(progress, participants.length, 300_000));
    console.log(`[medida] ciclo nacional: ${participants.length} ciclos institucionales iniciados en ${Math.round((Date.now() - startedAt) / 1000)} s; la barra pasó por ${seen.join(', ')}`);
    // The government cycle starts every child in one workflow task, so the bar may go from 0 to
    // all in one step: what it must do is show "k de N iniciadas" first and never go back.
    expect(seen.length, 'la barra nunca dijo «k de N iniciadas»').toBeGreaterThan(0);
    expect(seen[0]).toBeLessThan(participants.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    await page.screenshot({ path: join(artifactsDir, 'ciclo-nacional-iniciado.png') });

    const cycleId = /#\/cycles\/([^/]+)\/show$/.exec(page.url())![1]!;
    const cycle = await stack.api('GET', `/cycles/${cycleId}`, { token: await stack.login(coordinator) });
    expect(cycle.body).toMatchObject({ fiscalYear, status: 'running', institutions: participants.length });

    // The home page: the national cycle's matrix, a row per institution plus the coordinators'.
    const matrix = page.getByRole('table', { name: 'Avance por institución y etapa' });
    const rows = matrix.locator('tbody tr');
    const rowCodes = () => matrix.locator('tbody tr th').allTextContents();
    await step(page, errors, 'nacional-matriz', async () => {
      await page.goto(`${stack.baseUrl}/#/`);
      await page.getByText(`Se muestran ${participants.length} de ${participants.length} instituciones.`).waitFor({ timeout: 60_000 });
    });
    // A page of 25 and the coordinators' row; the server keeps the rest for the next pages.
    expect(participants.length).toBeGreaterThan(pageSize);
    expect(await rows.count()).toBe(pageSize + 1);
    await page.getByText(`1-${pageSize} de ${participants.length}`).waitFor();

    // By type: the municipalities alone.
    await step(page, errors, 'nacional-filtro-tipo', async () => {
      await choose(page, 'Tipo de institución', /^Municipalidad$/);
      await page.getByText(`Se muestran 340 de ${participants.length} instituciones.`).waitFor({ timeout: 15_000 });
    });
    expect(await rows.count()).toBe(pageSize);
    expect((await rowCodes()).every((code) => code.startsWith('MUNI-'))).toBe(true);

    // And by department: the municipalities of Chimaltenango (04).
    const chimaltenango = municipalities.filter((i) => i.departmentCode === '04').map((i) => i.code).sort();
    expect(chimaltenango.length).toBeGreaterThan(10);
    expect(chimaltenango.length).toBeLessThanOrEqual(pageSize);
    await step(page, errors, 'nacional-filtro-departamento', async () => {
      await choose(page, 'Departamento', /^04 · /);
      await page.getByText(`Se muestran ${chimaltenango.length} de ${participants.length} instituciones.`).waitFor({ timeout: 15_000 });
    });
    expect(await rows.count()).toBe(chimaltenango.length);
    expect((await rowCodes()).sort()).toEqual(chimaltenango);
    await page.screenshot({ path: join(artifactsDir, 'ciclo-nacional-inicio-filtrado.png'), fullPage: true });

    // The department alone: Guatemala (01) also holds the seats of the central government.
    const guatemala = participants.filter((i) => i.departmentCode === '01');
    expect(guatemala.some((i) => i.kind !== 'municipality')).toBe(true);
    await step(page, errors, 'nacional-filtro-solo-departamento', async () => {
      await choose(page, 'Tipo de institución', /^Todos los tipos$/);
      await choose(page, 'Departamento', /^01 · /);
      await page.getByText(`Se muestran ${guatemala.length} de ${participants.length} instituciones.`).waitFor({ timeout: 15_000 });
    });
    expect(await rows.count()).toBe(Math.min(guatemala.length, pageSize));
    const guatemalaCodes = new Set(guatemala.map((i) => i.code));
    expect((await rowCodes()).filter((code) => !guatemalaCodes.has(code))).toEqual([]);

    expect(errors).toEqual([]);
    expect(unavailable.filter((path) => !path.endsWith('/start-progress'))).toEqual([]);
  });

  it('when a coordinator invites a planner from the console, then an admin is refused with the API\'s message, and the mailed link sets the password and signs the planner in, once', async () => {
    const email = 'planificadora.nueva@ciclo.test';
    // The refused admin (403) and the spent link (410) are provoked on purpose.
    const page = await browser.newPage({ locale: 'es-GT', viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page, { expectedStatuses: [403] });
    await signIn(page, stack.baseUrl, coordinator);

    await step(page, errors, 'invitar', async () => {
      await page.getByRole('menuitem', { name: 'Usuarios' }).click();
      await page.getByRole('link', { name: 'Crear' }).click();
      await page.getByRole('textbox', { name: 'Correo electrónico' }).fill(email);
      await page.getByRole('textbox', { name: 'Nombre' }).fill('Planificadora nueva');
      await choose(page, 'Rol', /^Administrador$/);
      await page.getByRole('button', { name: 'Guardar' }).click();
      await page.getByText('Solo un administrador puede crear o modificar administradores').waitFor({ timeout: 15_000 });
      await choose(page, 'Rol', /^Planificador$/);
      await page.getByRole('combobox', { name: 'Institución' }).fill('MSPAS');
      await page.getByRole('option', { name: /^MSPAS · / }).click({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Guardar' }).click();
      await page.getByText('Persona registrada: le enviamos por correo un enlace para elegir su contraseña.').waitFor({ timeout: 15_000 });
      await page.getByRole('row', { name: new RegExp(email) }).getByText('Invitación pendiente').waitFor({ timeout: 15_000 });
    });
    await page.screenshot({ path: join(artifactsDir, 'usuarios-invitacion.png') });
    expect(await stack.db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ role: 'planner', passwordHash: null, active: true });
    expect(await stack.db.user.count({ where: { role: 'admin', email: { not: 'admin@ciclo.test' } } })).toBe(0);
    expect(errors).toEqual([]);

    // The mail's link, in a browser with no session.
    const mail = await eventually(async () => {
      const found = [...stack.sink.messages].reverse().find((m) => m.to.includes(email) && /contraseña/.test(m.subject));
      expect(found).toBeDefined();
      return found!;
    });
    const link = /(http\S+#\/primer-acceso\/[\w-]+)/.exec(mail.text)![1]!;
    const firstSignIn = await browser.newPage({ locale: 'es-GT', viewport: { width: 1280, height: 900 } });
    const firstErrors = watchErrors(firstSignIn, { expectedStatuses: [410] });
    const password = firstSignIn.getByLabel('Contraseña nueva');
    const confirmation = firstSignIn.getByLabel('Repita la contraseña');
    const save = firstSignIn.getByRole('button', { name: 'Guardar y entrar' });
    await step(firstSignIn, firstErrors, 'primer-acceso', async () => {
      await firstSignIn.goto(link);
      await firstSignIn.getByRole('heading', { name: 'Elija su contraseña' }).waitFor({ timeout: 15_000 });
      await firstSignIn.getByText(`Hola, Planificadora nueva. Elija la contraseña con la que entrará a Ciclo con su correo ${email}.`).waitFor();
      await password.fill('corta');
      await confirmation.fill('corta');
      await save.click();
      await firstSignIn.getByText('Debe tener al menos 10 caracteres').waitFor({ timeout: 5_000 });
      await password.fill('una clave larga y propia');
      await confirmation.fill('una clave larga y ajena');
      await firstSignIn.getByText('Las dos contraseñas no coinciden').waitFor({ timeout: 5_000 });
      await firstSignIn.screenshot({ path: join(artifactsDir, 'primer-acceso.png') });
      await confirmation.fill('una clave larga y propia');
      await save.click();
      await firstSignIn.waitForURL(/#\/$/, { timeout: 15_000 });
      await firstSignIn.getByRole('heading', { level: 1, name: 'Mis etapas' }).waitFor({ timeout: 15_000 });
    });
    expect((await stack.api('POST', '/auth/login', { body: { email, password: 'una clave larga y propia' } })).status).toBe(200);

    // Once: the same link no longer serves.
    await step(firstSignIn, firstErrors, 'primer-acceso-usado', async () => {
      await firstSignIn.goto('about:blank');
      await firstSignIn.goto(link);
      await firstSignIn.getByRole('alert').getByText(/^Este enlace ya no sirve: /).waitFor({ timeout: 15_000 });
    });
    await firstSignIn.screenshot({ path: join(artifactsDir, 'primer-acceso-usado.png') });
    expect(firstErrors).toEqual([]);
  });
});
