// In a real browser, the coordinator's matrix at national size: a cycle of 1,000 institutions
// (ministries, secretariats, decentralised entities and municipalities of the 22 departments)
// written into the database as the workflows leave it. The home page draws a page of it with the
// count of all, pages through, narrows it by search, sector, type, department and status (each
// answered by the server), reads aloud (axe), and a cell opens its stage.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedProgressCycle, type ProgressCycle } from '../../support/progressCycle';
import { cellMatches, type ProgressCell } from '../../src/domain/progressMatrix';
import { artifactsDir, choose, signIn, step, watchErrors } from '../../support/browser';
import { expectAccessible } from '../support/accessibility';
import { useConsoleStack } from '../support/consoleStack';

const institutions = 1000;
const pageSize = 25;
let cycle: ProgressCycle;

const { stack, browser } = useConsoleStack(async ({ stack }) => {
  cycle = await seedProgressCycle(stack.db, institutions, { fiscalYear: 2042, codePrefix: 'NAC' });
});

/** The cycle's institutions the database says pass, in code order. */
async function codesWhere(where: object): Promise<string[]> {
  const members = await stack.db.institutionCycle.findMany({ where: { cycleId: cycle.cycleId, institution: where }, select: { institution: { select: { code: true } } } });
  return members.map((m) => m.institution.code).sort();
}

describe('console, the matrix of a national cycle', () => {
  it('when a coordinator opens the home page on 1,000 institutions, then a page of the matrix comes with the count of all, pages, filters on the server, reads aloud and a cell opens its stage', { timeout: 240_000 }, async () => {
    const page = await browser.newPage({ locale: 'es-GT', viewport: { width: 1680, height: 1000 } });
    const errors = watchErrors(page);
    await signIn(page, stack.baseUrl, 'coordinador.minfin@ciclo.test');
    const matrix = page.getByRole('table', { name: 'Avance por institución y etapa' });
    const rowCodes = () => matrix.locator('tbody tr th').allTextContents();
    const settled = () => matrix.and(page.locator('[aria-busy="false"]')).waitFor();

    await step(page, errors, 'matriz-nacional', async () => {
      await page.goto(`${stack.baseUrl}/#/`);
      await page.getByText(`Se muestran ${institutions} de ${institutions} instituciones.`).waitFor({ timeout: 60_000 });
      await page.getByText(`1-${pageSize} de ${institutions}`).waitFor();
    });
    const all = await codesWhere({});
    expect(await rowCodes()).toEqual(['Coordinación', ...all.slice(0, pageSize)]);
    await step(page, errors, 'matriz-nacional-axe', () => expectAccessible(page, 'matriz de 1000 instituciones'));
    await page.screenshot({ path: join(artifactsDir, 'matriz-nacional.png') });

    await step(page, errors, 'pagina-siguiente', async () => {
      await page.getByRole('button', { name: 'Página siguiente' }).click();
      await page.getByText(`${pageSize + 1}-${2 * pageSize} de ${institutions}`).waitFor();
      await settled();
    });
    expect(await rowCodes()).toEqual(['Coordinación', ...all.slice(pageSize, 2 * pageSize)]);

    // Another filter starts again at the first page; the coordinators' row belongs to no sector.
    const health = await codesWhere({ sector: 'Salud' });
    await step(page, errors, 'filtro-sector', async () => {
      await choose(page, 'Sector', /^Salud$/);
      await page.getByText(`Se muestran ${health.length} de ${institutions} instituciones.`).waitFor();
    });
    expect(await rowCodes()).toEqual(health.slice(0, pageSize));

    const municipalitiesOf04 = await codesWhere({ kind: 'municipality', departmentCode: '04' });
    expect(municipalitiesOf04.length).toBeGreaterThan(0);
    await step(page, errors, 'filtro-tipo-departamento', async () => {
      await choose(page, 'Sector', /^Todos los sectores$/);
      await choose(page, 'Tipo de institución', /^Municipalidad$/);
      await choose(page, 'Departamento', /^04\b/);
      await page.getByText(`Se muestran ${municipalitiesOf04.length} de ${institutions} instituciones.`).waitFor();
    });
    expect(await rowCodes()).toEqual(municipalitiesOf04);

    // Overdue, in every sector: the same rows as the whole matrix's cells say, the coordinators' too.
    const whole = await stack.api('GET', `/cycles/${cycle.cycleId}/progress`, { token: await stack.login('coordinador.minfin@ciclo.test') });
    const overdue = (whole.body.institutions as { institutionCode: string; cells: ProgressCell[] }[]).filter((row) => row.cells.some((cell) => cellMatches(cell, 'overdue'))).map((row) => row.institutionCode);
    expect(overdue.length).toBeGreaterThan(pageSize);
    await step(page, errors, 'filtro-vencidas', async () => {
      await choose(page, 'Tipo de institución', /^Todos los tipos$/);
      await choose(page, 'Departamento', /^Todos los departamentos$/);
      await choose(page, 'Estado de alguna etapa', /^Vencida$/);
      await page.getByText(`Se muestran ${overdue.length} de ${institutions} instituciones.`).waitFor();
    });
    const coordinationOverdue = (whole.body.coordination as ProgressCell[]).some((cell) => cellMatches(cell, 'overdue'));
    expect(await rowCodes()).toEqual([...(coordinationOverdue ? ['Coordinación'] : []), ...overdue.slice(0, pageSize)]);
    await step(page, errors, 'filtro-vencidas-axe', () => expectAccessible(page, 'matriz de 1000 instituciones, vencidas'));

    // A search by code finds one institution among the thousand; its first cell opens its stage.
    const [wanted] = all.slice(-1);
    await step(page, errors, 'busqueda', async () => {
      await choose(page, 'Estado de alguna etapa', /^Todos los estados$/);
      await page.getByRole('searchbox', { name: 'Buscar institución' }).fill(wanted!.toLowerCase());
      await page.getByText(`Se muestran 1 de ${institutions} instituciones.`).waitFor();
    });
    expect(await rowCodes()).toEqual([wanted]);
    const firstStage = await stack.db.stage.findFirstOrThrow({ where: { cycleId: cycle.cycleId, institution: { code: wanted }, code: 'strategic_review' } });
    await step(page, errors, 'detalle', async () => {
      await matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: wanted }) }).getByRole('link').first().click();
      await page.waitForURL(new RegExp(`#/stages/${firstStage.id}/show$`));
      await page.getByText(firstStage.name).first().waitFor();
    });
    expect(errors).toEqual([]);
  });

  it('when a coordinator signs in, and opens the console again, then each time the cycles and the matrix page are asked for once, before the home page\'s code has even arrived; the second time the matrix page does not wait for the cycles', { timeout: 120_000 }, async () => {
    const page = await browser.newPage({ locale: 'es-GT', viewport: { width: 1680, height: 1000 } });
    const errors = watchErrors(page);
    const signedIn = await watchHomeReads(page);
    await step(page, errors, 'matriz-tras-iniciar-sesion', async () => {
      await signIn(page, stack.baseUrl, 'coordinador.minfin@ciclo.test');
      await page.getByText(`Se muestran ${institutions} de ${institutions} instituciones.`).waitFor({ timeout: 60_000 });
    });
    expectReadFirstAndOnce(signedIn);
    // The cycle the home page showed is remembered: its matrix is asked for beside the cycles.
    const reopened = await watchHomeReads(page, { holdCycleList: true });
    await step(page, errors, 'matriz-al-volver', async () => {
      await page.reload();
      await page.getByText(`Se muestran ${institutions} de ${institutions} instituciones.`).waitFor({ timeout: 60_000 });
    });
    expectReadFirstAndOnce(reopened);
    expect(reopened.listHeldUntilAsked).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('console, a coordinator whose session has ended', () => {
  it('when the console is opened again on the home page, then it goes to the login form, not to an error', { timeout: 120_000 }, async () => {
    const page = await browser.newPage({ locale: 'es-GT', viewport: { width: 1680, height: 1000 } });
    const errors = watchErrors(page, { expectedStatuses: [401] });
    await signIn(page, stack.baseUrl, 'coordinador.minfin@ciclo.test');
    await page.getByText(`Se muestran ${institutions} de ${institutions} instituciones.`).waitFor({ timeout: 60_000 });
    // The session ends on the server (as when it expires); the browser still holds its token.
    const user = await stack.db.user.findUniqueOrThrow({ where: { email: 'coordinador.minfin@ciclo.test' } });
    await stack.db.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await step(page, errors, 'sesion-vencida', async () => {
      await page.reload();
      await page.locator('input[name="username"]').waitFor({ timeout: 60_000 });
    });
    expect(page.url()).toMatch(/#\/login$/);
    await expect(page.getByRole('table', { name: 'Avance por institución y etapa' }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});

interface HomeReads {
  /** The /api/cycles requests, path and query. */
  asked: string[];
  /** Whether the matrix page was asked for while the home page's code was held (30 s at most). */
  chunkHeldUntilAsked: boolean;
  /** Whether it was asked for while the list of cycles was held, when held. */
  listHeldUntilAsked: boolean;
}

/**
 * From now on, notes the page's /api/cycles requests and holds the home page's code (and, with
 * `holdCycleList`, the list of cycles' answer) until the matrix page is asked for.
 */
async function watchHomeReads(page: Page, { holdCycleList = false } = {}): Promise<HomeReads> {
  await page.unrouteAll({ behavior: 'wait' });
  page.removeAllListeners('request');
  const reads: HomeReads = { asked: [], chunkHeldUntilAsked: false, listHeldUntilAsked: false };
  let matrixAsked!: () => void;
  const matrixPageAsked = new Promise<void>((resolve) => (matrixAsked = resolve));
  page.on('request', (request) => {
    const { pathname, search } = new URL(request.url());
    if (!pathname.startsWith('/api/cycles')) return;
    reads.asked.push(pathname + search);
    if (pathname.endsWith('/progress')) matrixAsked();
  });
  const askedWithin30s = () => Promise.race([matrixPageAsked.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000))]);
  // Only reads started with the console or the sign-in, not by the page, can come first.
  await page.route('**/assets/CoordinatorHome-*.js', async (route) => {
    reads.chunkHeldUntilAsked = await askedWithin30s();
    await route.continue();
  });
  if (holdCycleList) {
    await page.route(/\/api\/cycles\?/, async (route) => {
      reads.listHeldUntilAsked = await askedWithin30s();
      await route.continue();
    });
  }
  return reads;
}

function expectReadFirstAndOnce(reads: HomeReads): void {
  expect(reads.chunkHeldUntilAsked).toBe(true);
  expect(reads.asked.filter((url) => url.startsWith('/api/cycles?'))).toHaveLength(1);
  expect(reads.asked.filter((url) => url.endsWith(`/progress?page=1&perPage=${pageSize}`))).toEqual([`/api/cycles/${cycle.cycleId}/progress?page=1&perPage=${pageSize}`]);
}
