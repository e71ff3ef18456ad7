// In a real browser: the MSPAS planner downloads the strategic review's deliverable as a workbook
// from the stage's "Entrega" tab, edits it offline, and uploads it back. A workbook with a mistake
// is refused with its sheet and row named and changes nothing; the corrected one shows its diff
// first, and only "Aplicar" writes it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactsDir, openSignedIn } from '../../support/browser';
import { useConsoleStack } from '../support/consoleStack';

const { stack, browser } = useConsoleStack();

const upload = (page: Page, workbook: ExcelJS.Workbook) =>
  workbook.xlsx.writeBuffer().then((buffer) => page.locator('input[type="file"]').setInputFiles({ name: 'entrega-editada.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(buffer) }));

describe('console', () => {
  it('when the planner downloads the workbook, edits it offline and uploads it, then a mistake is refused by sheet and row, and the diff is shown before it is applied', async () => {
    const stage = await stack.db.stage.findFirstOrThrow({ where: { institution: { code: 'MSPAS' }, code: 'strategic_review' } });
    const product = await stack.db.product.findFirstOrThrow({ where: { institutionId: stage.institutionId }, orderBy: { code: 'asc' } });
    // The workbook with a mistake is answered 422: the page shows why.
    const { page, errors } = await openSignedIn(browser, stack.baseUrl, 'planificador.mspas@ciclo.test', { expectedStatuses: [422] });
    await page.goto(`${stack.baseUrl}/#/stages/${stage.id}/show/entrega`);
    const section = page.getByRole('region', { name: 'Hoja de cálculo' });
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Descargar libro (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^MSPAS-.*-v1\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ExcelJS.Buffer);
    const products = workbook.getWorksheet('Productos')!;
    const row = products.getRow(2);
    expect(row.getCell(1).value).toBe(product.code);

    // A name of one letter: refused, with the sheet and row named; nothing changes.
    row.getCell(2).value = 'X';
    await upload(page, workbook);
    await section.getByText('No se importó nada').waitFor();
    await section.getByRole('rowheader', { name: 'Hoja «Productos», fila 2' }).waitFor();
    await page.screenshot({ path: join(artifactsDir, 'libro-rechazado.png'), fullPage: true });
    expect((await stack.db.product.findUniqueOrThrow({ where: { id: product.id } })).name).toBe(product.name);

    row.getCell(2).value = `${product.name} (revisado sin conexión)`;
    await upload(page, workbook);
    await section.getByText('Diferencias del libro con el contenido actual: 0 agregados, 0 eliminados, 1 modificados').waitFor();
    await section.getByRole('rowheader', { name: product.code }).waitFor();
    await section.getByText(`${product.name} (revisado sin conexión)`).waitFor();
    await page.screenshot({ path: join(artifactsDir, 'libro-diferencias.png'), fullPage: true });
    // The preview wrote nothing.
    expect((await stack.db.product.findUniqueOrThrow({ where: { id: product.id } })).name).toBe(product.name);

    await section.getByRole('button', { name: 'Aplicar 1 cambio' }).click();
    await section.getByText('Se aplicó 1 cambio del libro').waitFor();
    expect((await stack.db.product.findUniqueOrThrow({ where: { id: product.id } })).name).toBe(`${product.name} (revisado sin conexión)`);
    const audit = await stack.db.auditEvent.findFirstOrThrow({ where: { entity: 'products', entityId: product.id }, orderBy: { seq: 'desc' } });
    expect(audit).toMatchObject({ action: 'updated', actorName: 'Dirección de Planificación MSPAS', changes: { after: { name: `${product.name} (revisado sin conexión)` } } });
    expect(errors).toEqual([]);
  });
});
