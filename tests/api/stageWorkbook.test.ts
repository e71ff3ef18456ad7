// The spreadsheet round trip through the API: a stage's deliverable downloads as one workbook (a
// sheet per collection, codes locked, drop-down lists from the catalogues); the edited workbook's
// upload answers its diff against the content now and writes nothing; applying writes every change
// with its audit row, or none: refused with problems listed, when the content changed since the
// preview, or when the stage moved on (submitted, or a new version).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestStack } from '../support/useTestStack';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let mspasId: string;
let planner: string;
let authority: string;
let foreignPlanner: string;

const stack = useTestStack(async (stack) => {
  mspasId = (await stack.db.institution.findUniqueOrThrow({ where: { code: 'MSPAS' } })).id;
  [planner, authority, foreignPlanner] = await stack.signIn('planificador.mspas@ciclo.test', 'autoridad.mspas@ciclo.test', 'planificador.mineduc@ciclo.test');
});

/** A budget-proposal stage of MSPAS in the demo cycle, a draft with no workflow: what the workbook reads is the database. */
async function proposalStage(): Promise<{ id: string; fiscalYear: number }> {
  const review = await stack.db.stage.findFirstOrThrow({ where: { institutionId: mspasId, code: 'strategic_review' }, include: { cycle: true } });
  const stage = await stack.db.stage.upsert({
    where: { cycleId_institutionId_code: { cycleId: review.cycleId, institutionId: mspasId, code: 'budget_proposal' } },
    update: { status: 'draft', version: 1 },
    create: { cycleId: review.cycleId, institutionId: mspasId, code: 'budget_proposal', name: 'Anteproyecto de presupuesto', status: 'draft', deadline: review.deadline, workflowId: `budget_proposal/${review.cycleId}/MSPAS` },
  });
  return { id: stage.id, fiscalYear: review.cycle.fiscalYear };
}

async function download(stageId: string, token = planner): Promise<ExcelJS.Workbook> {
  const answer = await stack.api('GET', `/stages/${stageId}/workbook`, { token });
  expect(answer.status).toBe(200);
  expect(answer.headers.get('content-type')).toContain(xlsx);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(answer.bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

const bytesOf = async (workbook: ExcelJS.Workbook) => new Uint8Array(await workbook.xlsx.writeBuffer());

/** The row of a sheet whose first cells are these codes. */
function rowOf(sheet: ExcelJS.Worksheet, ...codes: string[]): ExcelJS.Row {
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (codes.every((code, i) => String(row.getCell(i + 1).value) === code)) return row;
  }
  throw new Error(`${sheet.name}: no hay fila ${codes.join('/')}`);
}

const upload = (stageId: string, bytes: Uint8Array, path = 'preview', token = planner) => stack.api('POST', `/stages/${stageId}/workbook${path === 'preview' ? '/preview' : path}`, { token, rawBody: bytes, contentType: xlsx });

describe('a deliverable as a workbook', () => {
  it('when a budget proposal downloads, then each collection is a sheet with its codes locked, values open and drop-down lists from the catalogues', async () => {
    const { id } = await proposalStage();
    const workbook = await download(id);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Ciclo', 'Catálogos', 'Líneas presupuestarias', 'Productos', 'Categorías programáticas', 'Proyecciones', 'Techos']));
    expect(workbook.getWorksheet('Catálogos')!.state).toBe('hidden');
    const about = workbook.getWorksheet('Ciclo')!;
    expect(about.getRow(2).getCell(1).value).toBe(id);
    expect(about.getRow(2).getCell(2).value).toBe(1);

    const lines = workbook.getWorksheet('Líneas presupuestarias')!;
    expect(lines.getRow(1).values).toEqual([undefined, 'Categoría programática', 'Renglón', 'Fuente', 'Departamento', 'Producto', 'Actividades centrales', 'Cantidad de insumos', 'Precio unitario', 'Monto (Q)']);
    const line = lines.getRow(2);
    // The key is locked (the protected sheet's default); the amount is open.
    expect(line.getCell(1).protection?.locked).not.toBe(false);
    expect(line.getCell(9).protection?.locked).toBe(false);
    expect(line.getCell(5).dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringMatching(/^'Catálogos'!\$A\$2:\$A\$\d+$/)] });
    expect(line.getCell(6).dataValidation).toMatchObject({ type: 'list', formulae: ['"Sí,No"'] });
    // The sheet is protected, so only the open cells take input.
    expect((lines as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    const products = await stack.db.product.count({ where: { institutionId: mspasId } });
    expect(workbook.getWorksheet('Catálogos')!.getColumn(1).values.filter((v) => v !== undefined && v !== null)).toHaveLength(products + 1);
  });

  it('when an edited workbook is previewed, then its diff comes back and nothing changes; applied, every change lands with its audit row', async () => {
    const { id, fiscalYear } = await proposalStage();
    const line = await stack.db.budgetLine.findFirstOrThrow({ where: { institutionId: mspasId, fiscalYear, productId: { not: null } }, include: { category: true } });
    const projection = await stack.db.budgetProjection.findFirstOrThrow({ where: { institutionId: mspasId, fiscalYear } });
    const workbook = await download(id);
    const row = rowOf(workbook.getWorksheet('Líneas presupuestarias')!, line.category.code, line.objectCode, line.sourceCode, line.geographyCode);
    const newAmount = line.amount.toNumber() + 1234.5;
    row.getCell(9).value = newAmount;
    // A spreadsheet in Spanish may hand back a number as text with a decimal comma.
    rowOf(workbook.getWorksheet('Proyecciones')!, String(projection.year), projection.sourceCode).getCell(3).value = '2500000,75';

    const preview = await upload(id, await bytesOf(workbook));
    expect(preview.status).toBe(200);
    expect(preview.body.diff.summary).toEqual({ added: 0, removed: 0, changed: 2 });
    expect(preview.body.diff.collections.budgetLines.changed[0].changes).toEqual([{ field: 'amount', from: line.amount.toNumber(), to: newAmount }]);
    expect(preview.body.diff.collections.projections.changed[0].changes).toEqual([{ field: 'amount', from: projection.amount.toNumber(), to: 2500000.75 }]);
    expect((await stack.db.budgetLine.findUniqueOrThrow({ where: { id: line.id } })).amount.toNumber()).toBe(line.amount.toNumber());

    const applied = await upload(id, await bytesOf(workbook), `?fingerprint=${preview.body.fingerprint}`);
    expect(applied.status).toBe(200);
    expect((await stack.db.budgetLine.findUniqueOrThrow({ where: { id: line.id } })).amount.toNumber()).toBe(newAmount);
    expect((await stack.db.budgetProjection.findUniqueOrThrow({ where: { id: projection.id } })).amount.toNumber()).toBe(2500000.75);
    const audit = await stack.db.auditEvent.findFirstOrThrow({ where: { entity: 'budget-lines', entityId: line.id }, orderBy: { seq: 'desc' } });
    expect(audit).toMatchObject({ action: 'updated', actorName: expect.any(String), comment: 'Libro de cálculo de «Anteproyecto de presupuesto», versión 1', changes: { before: { amount: line.amount.toNumber() }, after: { amount: newAmount } } });

    // The same workbook again changes nothing more.
    const again = await upload(id, await bytesOf(workbook));
    expect(again.body.diff.summary).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('when the workbook has a row Ciclo lacks, a value that is no number and a code outside its list, then every problem is listed and nothing is written', async () => {
    const { id, fiscalYear } = await proposalStage();
    const workbook = await download(id);
    const lines = workbook.getWorksheet('Líneas presupuestarias')!;
    const first = lines.getRow(2);
    const before = await stack.db.budgetLine.findMany({ where: { institutionId: mspasId, fiscalYear }, select: { id: true, amount: true, productId: true }, orderBy: { id: 'asc' } });
    first.getCell(9).value = 'mucho';
    lines.getRow(3).getCell(5).value = 'NO-EXISTE';
    lines.addRow(['99-00-000-001-000', '011', '11', '00', null, 'No', null, null, 5]);
    const bytes = await bytesOf(workbook);

    const preview = await upload(id, bytes);
    expect(preview.status).toBe(422);
    expect(preview.body.problems).toEqual(
      expect.arrayContaining([
        { sheet: 'Líneas presupuestarias', row: 2, column: 'Monto (Q)', message: 'debe ser un número' },
        { sheet: 'Líneas presupuestarias', row: 3, column: 'Producto', message: 'NO-EXISTE no está en la lista de la hoja Catálogos' },
        expect.objectContaining({ sheet: 'Líneas presupuestarias', row: lines.rowCount, message: expect.stringContaining('no existe en Ciclo') }),
      ]),
    );
    const applied = await upload(id, bytes, '?fingerprint=0123456789abcdef0123456789abcdef');
    expect(applied.status).toBe(422);
    expect(await stack.db.budgetLine.findMany({ where: { institutionId: mspasId, fiscalYear }, select: { id: true, amount: true, productId: true }, orderBy: { id: 'asc' } })).toEqual(before);
  });

  it('when the content changes after the preview, then applying is refused and nothing is written', async () => {
    const { id, fiscalYear } = await proposalStage();
    const projection = await stack.db.budgetProjection.findFirstOrThrow({ where: { institutionId: mspasId, fiscalYear }, orderBy: { year: 'desc' } });
    const workbook = await download(id);
    rowOf(workbook.getWorksheet('Proyecciones')!, String(projection.year), projection.sourceCode).getCell(3).value = 777;
    const bytes = await bytesOf(workbook);
    const preview = await upload(id, bytes);
    expect(preview.status).toBe(200);
    await stack.db.budgetProjection.update({ where: { id: projection.id }, data: { amount: 888 } });

    const applied = await upload(id, bytes, `?fingerprint=${preview.body.fingerprint}`);
    expect(applied.status).toBe(409);
    expect(applied.body.message).toMatch(/cambió desde la vista previa/);
    expect((await stack.db.budgetProjection.findUniqueOrThrow({ where: { id: projection.id } })).amount.toNumber()).toBe(888);
  });

  it('when the stage is submitted after the download, then the workbook is refused; a new version refuses the old workbook too', async () => {
    const stageId = (await stack.db.stage.findFirstOrThrow({ where: { institutionId: mspasId, code: 'strategic_review' } })).id;
    const workbook = await download(stageId);
    const products = workbook.getWorksheet('Productos')!;
    const code = String(products.getRow(2).getCell(1).value);
    products.getRow(2).getCell(2).value = 'Nombre cambiado sin conexión';
    const bytes = await bytesOf(workbook);
    expect((await upload(stageId, bytes)).status).toBe(200);

    const submitted = await stack.api('POST', `/stages/${stageId}/submit`, { token: planner, body: {} });
    expect(submitted.body.status).toBe('submitted');
    const refused = await upload(stageId, bytes);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe('La etapa ya no está en borrador (estado: submitted): el libro ya no puede aplicarse');

    const recalled = await stack.api('POST', `/stages/${stageId}/recall`, { token: planner, body: { comment: 'Corrijo los nombres' } });
    expect(recalled.body).toMatchObject({ status: 'draft', version: 2 });
    const stale = await upload(stageId, bytes);
    expect(stale.status).toBe(409);
    expect(stale.body.message).toBe('La etapa pasó a la versión 2 desde que se descargó el libro (versión 1): descárguelo de nuevo');
    expect((await stack.db.product.findUniqueOrThrow({ where: { institutionId_code: { institutionId: mspasId, code } } })).name).not.toBe('Nombre cambiado sin conexión');
  });

  it('when someone who may not change the content uploads, or the file is no workbook of this stage, then it is refused', async () => {
    const { id } = await proposalStage();
    const bytes = await bytesOf(await download(id));
    expect((await upload(id, bytes, 'preview', authority)).status).toBe(403);
    expect((await upload(id, bytes, 'preview', foreignPlanner)).status).toBe(403);
    // A client that labels the file as plain bytes is read all the same.
    expect((await stack.api('POST', `/stages/${id}/workbook/preview`, { token: planner, rawBody: bytes, contentType: 'application/octet-stream' })).status).toBe(200);
    const notAWorkbook = await upload(id, new TextEncoder().encode('código,monto\n1,2\n'));
    expect(notAWorkbook).toMatchObject({ status: 422, body: { message: 'El archivo no es un libro de Excel (.xlsx) válido' } });
    const other = await stack.db.stage.findFirstOrThrow({ where: { institutionId: mspasId, code: 'strategic_review' } });
    const elsewhere = await upload(other.id, bytes);
    expect(elsewhere).toMatchObject({ status: 409, body: { message: 'El libro es de otra etapa: súbalo en la etapa de la que lo descargó' } });
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Hoja1').addRows([['código', 'monto'], ['1', 2]]);
    expect(await upload(id, await bytesOf(empty))).toMatchObject({ status: 422, body: { message: expect.stringContaining('no dice de qué etapa es') } });
  });
});
