// Plan and budget content through the API: who reads and writes what, field errors, versioned
// ceilings; then the submit gate on a real stage workflow, its snapshot, a return, an edit, a
// resubmission and the diff that names exactly what changed.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { databaseUrl } from '../../support/postgres';
import { testFiscalYear } from '../support/stack';
import { useTestStack } from '../support/useTestStack';

let planner: string;
let foreignPlanner: string;
let authority: string;
let coordinator: string;
let civ: string;
let mineduc: string;

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

const stack = useTestStack(async (stack) => {
  [planner, foreignPlanner, authority, coordinator] = await stack.signIn('planificador.civ@ciclo.test', 'planificador.mineduc@ciclo.test', 'autoridad.civ@ciclo.test', 'coordinador.minfin@ciclo.test');
  civ = (await stack.db.institution.findUniqueOrThrow({ where: { code: 'CIV' } })).id;
  mineduc = (await stack.db.institution.findUniqueOrThrow({ where: { code: 'MINEDUC' } })).id;
});

async function create(resource: string, token: string, body: Record<string, unknown>) {
  const answer = await stack.api('POST', `/${resource}`, { token, body });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body as Record<string, any>;
}

describe('content resources', () => {
  it('when a planner writes their own plan, then a foreign planner can neither read nor change it', async () => {
    const plan = await create('strategic-plans', planner, { institutionId: civ, code: 'PEI-T1', name: 'PEI de prueba', startYear: 2026, endYear: 2030 });
    expect(plan).toMatchObject({ institutionId: civ, mission: '', vision: '' });
    expect((await stack.api('GET', `/strategic-plans/${plan.id}`, { token: foreignPlanner })).status).toBe(403);
    const foreignList = await stack.api('GET', `/strategic-plans?filter=${q({ q: 'PEI-T1' })}`, { token: foreignPlanner });
    expect(foreignList.body).toEqual([]);
    const put = await stack.api('PUT', `/strategic-plans/${plan.id}`, { token: foreignPlanner, body: { ...plan, name: 'Cambiado' } });
    expect(put.status).toBe(403);
    const intoForeign = await stack.api('POST', '/strategic-plans', { token: planner, body: { institutionId: mineduc, code: 'X', name: 'Ajeno', startYear: 2026, endYear: 2030 } });
    expect(intoForeign).toMatchObject({ status: 403, body: { message: 'Solo puede modificar los datos de su propia institución' } });
    expect((await stack.api('GET', `/strategic-plans/${plan.id}`, { token: planner })).body.name).toBe('PEI de prueba');
  });

  it('when a body is wrong, then 400 names every field and nothing is written', async () => {
    const before = await stack.db.budgetLine.count();
    const answer = await stack.api('POST', '/budget-lines', { token: planner, body: { institutionId: civ, fiscalYear: 1999, categoryId: 'x', objectCode: '01A', sourceCode: '11', amount: -5 } });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.errors).sort()).toEqual(['amount', 'categoryId', 'fiscalYear', 'objectCode']);
    expect(await stack.db.budgetLine.count()).toBe(before);
  });

  it('when a line points to another institution\'s category or to a code outside the catalogues, then 422 says so', async () => {
    const foreignCategory = await create('programmatic-categories', foreignPlanner, { institutionId: mineduc, fiscalYear: testFiscalYear, programa: 41, name: 'Programa ajeno' });
    const answer = await stack.api('POST', '/budget-lines', {
      token: planner,
      body: { institutionId: civ, fiscalYear: testFiscalYear, categoryId: foreignCategory.id, objectCode: '999', sourceCode: '11', amount: 10 },
    });
    expect(answer).toMatchObject({ status: 422, body: { errors: { categoryId: 'pertenece a otra institución', objectCode: 'el código 999 no está en el catálogo objetoGasto' } } });
  });

  it('when categories are created, then each gets its code and its nearest parent', async () => {
    const programme = await create('programmatic-categories', planner, { institutionId: civ, fiscalYear: testFiscalYear, programa: 61, name: 'Infraestructura vial' });
    const activity = await create('programmatic-categories', planner, { institutionId: civ, fiscalYear: testFiscalYear, programa: 61, subPrograma: 1, actividad: 2, name: 'Mantenimiento de carreteras' });
    expect(programme).toMatchObject({ code: '61-00-000-000-000', parentId: null });
    expect(activity).toMatchObject({ code: '61-01-000-002-000', parentId: programme.id });
    const twice = await stack.api('POST', '/programmatic-categories', { token: planner, body: { institutionId: civ, fiscalYear: testFiscalYear, programa: 61, name: 'Otra vez' } });
    expect(twice).toMatchObject({ status: 409, body: { message: 'Ya existe un registro con esos mismos datos' } });
  });

  it('when a coordinator sets a ceiling twice, then two versions are kept and planners cannot set them', async () => {
    const first = await create('budget-ceilings', coordinator, { institutionId: civ, sourceCode: 31, fiscalYear: testFiscalYear + 9, amount: 1_000_000 });
    const second = await create('budget-ceilings', coordinator, { institutionId: civ, sourceCode: '31', fiscalYear: testFiscalYear + 9, amount: 1_250_000.5, note: 'Ajuste' });
    expect([first.version, second.version, second.amount, second.sourceCode]).toEqual([1, 2, 1_250_000.5, '31']);
    const edit = await stack.api('PUT', `/budget-ceilings/${first.id}`, { token: coordinator, body: first });
    expect([edit.status, edit.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
    expect((await stack.api('POST', '/budget-ceilings', { token: planner, body: { institutionId: civ, sourceCode: '31', fiscalYear: testFiscalYear + 9, amount: 9e9 } })).status).toBe(403);
  });

  it('when a list is exported, then the CSV has the filtered rows under a header', async () => {
    const answer = await stack.api('GET', `/budget-ceilings/export?format=csv&filter=${q({ institutionId: civ, fiscalYear: testFiscalYear + 9 })}`, { token: planner });
    expect(answer.status).toBe(200);
    const lines = String(answer.body).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toContain('sourceCode');
    expect(lines).toHaveLength(3);
    const none = await stack.api('GET', `/budget-lines/export?format=csv&filter=${q({ fiscalYear: 2099 })}`, { token: planner });
    expect(String(none.body).replace(/^\uFEFF/, '').trim().split(/\r?\n/)).toEqual([expect.stringContaining('objectCode,sourceCode,geographyCode')]);
  });

  it('when a name starts like a spreadsheet formula, then the export keeps it as text', async () => {
    await create('strategic-plans', planner, { institutionId: civ, code: 'PEI-F', name: '=HYPERLINK("http://x")', startYear: 2026, endYear: 2030 });
    const answer = await stack.api('GET', `/strategic-plans/export?format=csv&filter=${q({ q: 'PEI-F' })}`, { token: planner });
    expect(String(answer.body)).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('when a half-yearly indicator gets its targets, then S1 and S2 are periods and S3 is refused', async () => {
    const indicator = await create('indicators', planner, { institutionId: civ, code: 'IND-SEM', name: 'Kilómetros transitables', level: 'result', frequency: 'semestral' });
    await create('indicator-targets', planner, { indicatorId: indicator.id, period: `${testFiscalYear}-S1`, value: 40 });
    await create('indicator-targets', planner, { indicatorId: indicator.id, period: `${testFiscalYear}-S2`, value: 80 });
    const refused = await stack.api('POST', '/indicator-targets', { token: planner, body: { indicatorId: indicator.id, period: `${testFiscalYear}-S3`, value: 90 } });
    expect(refused).toMatchObject({ status: 400, body: { errors: { period: expect.stringContaining('2028-S1 a 2028-S2') } } });
    expect(await stack.db.indicatorTarget.count({ where: { indicatorId: indicator.id } })).toBe(2);
  });

  it('when a product has scenario items, then deleting it is refused with 409 and nothing is deleted; once they are gone it deletes, and again 404', async () => {
    const product = await create('products', planner, { institutionId: civ, code: 'PRD-DEL', name: 'Producto con escenario' });
    const scenario = await create('production-scenarios', planner, { institutionId: civ, fiscalYear: testFiscalYear, name: 'Escenario de borrado' });
    const item = await create('scenario-items', planner, { scenarioId: scenario.id, productId: product.id, year: testFiscalYear, sourceCode: '11', quantity: 5, unitCost: 100 });
    const refused = await stack.api('DELETE', `/products/${product.id}`, { token: planner });
    expect(refused).toMatchObject({ status: 409, body: { message: 'El registro está en uso por metas y costos de un escenario: quite primero esas referencias' } });
    expect(await stack.db.product.count({ where: { id: product.id } })).toBe(1);
    expect((await stack.api('DELETE', `/scenario-items/${item.id}`, { token: planner })).status).toBe(200);
    expect((await stack.api('DELETE', `/products/${product.id}`, { token: planner })).status).toBe(200);
    expect(await stack.api('DELETE', `/products/${product.id}`, { token: planner })).toMatchObject({ status: 404, body: { message: 'El registro no existe' } });
  });

  it('when a product\'s delete deadlocks with a simultaneous write to an indicator of it, then 409 asking to try again, not a 500, and the product stays', async () => {
    const product = await create('products', planner, { institutionId: civ, code: 'PRD-DL', name: 'Producto disputado' });
    const indicator = await create('indicators', planner, { institutionId: civ, code: 'IND-DL', name: 'Indicador del producto', level: 'product', productId: product.id });
    const { name } = (await stack.db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`)[0]!;
    const other = new pg.Client({ connectionString: databaseUrl(name) });
    const watcher = new pg.Client({ connectionString: databaseUrl(name) });
    await Promise.all([other.connect(), watcher.connect()]);
    try {
      // The other writer holds the indicator; the delete locks the product and waits for the
      // indicator (its ON DELETE SET NULL); then the other asks for the product: a deadlock. The
      // other waits longer before checking, so PostgreSQL cancels the delete's transaction.
      await other.query('BEGIN');
      await other.query("SET LOCAL deadlock_timeout = '60s'");
      await other.query('SELECT 1 FROM "Indicator" WHERE id = $1 FOR UPDATE', [indicator.id]);
      let settled = false;
      const deleting = stack.api('DELETE', `/products/${product.id}`, { token: planner }).finally(() => (settled = true));
      const waitingDeletes = `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock' AND query ILIKE 'DELETE%'`;
      while (!settled && (await watcher.query<{ n: number }>(waitingDeletes, [name])).rows[0]!.n === 0);
      expect(settled, 'the delete did not wait for the indicator').toBe(false);
      await other.query('SELECT 1 FROM "Product" WHERE id = $1 FOR KEY SHARE', [product.id]);
      expect(await deleting).toMatchObject({ status: 409, body: { message: 'Otro cambio simultáneo sobre los mismos datos impidió este: intente de nuevo' } });
      await other.query('ROLLBACK');
    } finally {
      await Promise.all([other.end(), watcher.end()]);
    }
    expect(await stack.db.product.count({ where: { id: product.id } })).toBe(1);
    // Once the other writer is gone the same delete goes through (the PEI's gates below see neither).
    expect((await stack.api('DELETE', `/indicators/${indicator.id}`, { token: planner })).status).toBe(200);
    expect((await stack.api('DELETE', `/products/${product.id}`, { token: planner })).status).toBe(200);
  });

  it('when a programmatic category has budget lines, then deleting it is refused with 409 and nothing is deleted', async () => {
    const category = await create('programmatic-categories', planner, { institutionId: civ, fiscalYear: testFiscalYear, programa: 62, name: 'Categoría con líneas' });
    await create('budget-lines', planner, { institutionId: civ, fiscalYear: testFiscalYear, categoryId: category.id, objectCode: '011', sourceCode: '11', amount: 10 });
    const refused = await stack.api('DELETE', `/programmatic-categories/${category.id}`, { token: planner });
    expect(refused).toMatchObject({ status: 409, body: { message: 'El registro está en uso por líneas presupuestarias: quite primero esas referencias' } });
    expect(await stack.db.programmaticCategory.count({ where: { id: category.id } })).toBe(1);
  });

  it('when a product\'s unit of measure has left its catalogue, then the product can still be deleted', async () => {
    const unit = await create('classifiers', coordinator, { catalogue: 'unidadMedida', code: 'TRAMO-T', name: 'Tramo de prueba' });
    const product = await create('products', planner, { institutionId: civ, code: 'PRD-UM', name: 'Producto con unidad retirada', unitOfMeasure: 'TRAMO-T' });
    expect((await stack.api('DELETE', `/classifiers/${unit.id}`, { token: coordinator })).status).toBe(200);
    const answer = await stack.api('DELETE', `/products/${product.id}`, { token: planner });
    expect(answer, JSON.stringify(answer.body)).toMatchObject({ status: 200, body: { id: product.id } });
    expect(await stack.db.product.count({ where: { id: product.id } })).toBe(0);
  });

  it('when a record id does not exist, whatever its form, then 404 in Spanish on read and delete', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'no-es-un-id', '0']) {
      expect(await stack.api('DELETE', `/products/${id}`, { token: planner })).toMatchObject({ status: 404, body: { message: 'El registro no existe' } });
      expect((await stack.api('GET', `/products/${id}`, { token: planner })).status).toBe(404);
    }
  });

  it('when a filter names a field the resource does not have, then 400', async () => {
    const answer = await stack.api('GET', `/products?filter=${q({ passwordHash: 'x' })}`, { token: planner });
    expect(answer).toMatchObject({ status: 400, body: { errors: { 'filter.passwordHash': 'no se puede filtrar por este campo' } } });
  });

  it('when a filter on a column the body does not carry has the wrong type, then 400, not a 500 from the database (found by schemathesis)', async () => {
    expect((await stack.api('GET', `/budget-ceilings?filter=${q({ version: false })}`, { token: planner })).status).toBe(400);
    expect((await stack.api('GET', `/programmatic-categories?filter=${q({ parentId: false })}`, { token: planner })).status).toBe(400);
    expect((await stack.api('GET', `/budget-ceilings?filter=${q({ version: 1 })}`, { token: planner })).status).toBe(200);
    expect((await stack.api('GET', `/programmatic-categories?filter=${q({ parentId: null })}`, { token: planner })).status).toBe(200);
  });
});

describe('the submit gate, snapshots and the diff', () => {
  it('when the PEI breaks a link, then submit is refused with every problem; fixed, it freezes v1; returned, edited and resubmitted, the diff names exactly the changes', async () => {
    const stageId = await stack.stageId('CIV');
    const plan = await create('strategic-plans', planner, { institutionId: civ, code: 'PEI-GATE', name: 'PEI vial', startYear: testFiscalYear - 1, endYear: testFiscalYear + 3 });
    const result = await create('strategic-results', planner, { strategicPlanId: plan.id, code: 'RF-VIAL', name: 'Red vial transitable todo el año', level: 'final' });
    const orphanA = await create('products', planner, { institutionId: civ, code: 'PV-1', name: 'Kilómetros mantenidos', unitOfMeasure: null });
    const orphanB = await create('products', planner, { institutionId: civ, code: 'PV-2', name: 'Puentes reparados' });

    const refused = await stack.api('POST', `/stages/${stageId}/submit`, { token: planner, body: {} });
    expect(refused.status, JSON.stringify(refused.body)).toBe(422);
    expect(refused.body.problems.filter((p: { ref?: string }) => p.ref?.startsWith('PV-'))).toEqual([
      { gate: 'productServesResult', ref: 'PV-1', message: 'El producto PV-1 (Kilómetros mantenidos) no sirve a ningún resultado del plan' },
      { gate: 'productServesResult', ref: 'PV-2', message: 'El producto PV-2 (Puentes reparados) no sirve a ningún resultado del plan' },
    ]);
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stageId } })).toMatchObject({ status: 'draft', version: 1 });
    expect(await stack.db.stageSnapshot.count({ where: { stageId } })).toBe(0);
    const checks = await stack.api('GET', `/stages/${stageId}/checks`, { token: planner });
    expect(checks.body).toMatchObject({ kind: 'strategicPlan', version: 1 });
    expect(checks.body.problems).toEqual(refused.body.problems);

    for (const product of [orphanA, orphanB]) {
      expect((await stack.api('PUT', `/products/${product.id}`, { token: planner, body: { ...product, resultId: result.id } })).status).toBe(200);
    }
    const submitted = await stack.api('POST', `/stages/${stageId}/submit`, { token: planner, body: { comment: 'PEI vial' } });
    expect(submitted).toMatchObject({ status: 200, body: { status: 'submitted', version: 1 } });
    const returned = await stack.api('POST', `/stages/${stageId}/return`, { token: authority, body: { comment: 'Falta la meta plurianual de puentes', reasonCode: 'incomplete' } });
    expect(returned).toMatchObject({ status: 200, body: { status: 'draft', version: 2 } });

    await stack.api('PUT', `/products/${orphanB.id}`, { token: planner, body: { ...orphanB, resultId: result.id, name: 'Puentes reparados y ampliados' } });
    await create('physical-targets', planner, { productId: orphanB.id, plan: 'POM', year: testFiscalYear + 1, quantity: 12 });
    const diffBeforeResubmit = await stack.api('GET', `/stages/${stageId}/diff?from=1&to=actual`, { token: planner });
    expect(diffBeforeResubmit.body.summary).toEqual({ added: 1, removed: 0, changed: 1 });

    expect((await stack.api('POST', `/stages/${stageId}/submit`, { token: planner, body: {} })).body).toMatchObject({ status: 'submitted', version: 2 });
    const versions = await stack.api('GET', `/stages/${stageId}/snapshots`, { token: authority });
    expect(versions.body.map((v: { version: number; deliverable: string }) => [v.version, v.deliverable])).toEqual([
      [2, 'strategicPlan'],
      [1, 'strategicPlan'],
    ]);
    const diff = await stack.api('GET', `/stages/${stageId}/diff?from=1&to=2`, { token: authority });
    expect(diff.status).toBe(200);
    expect(diff.body.summary).toEqual({ added: 1, removed: 0, changed: 1 });
    expect(diff.body.collections).toEqual({
      products: { added: [], removed: [], changed: [{ key: 'PV-2', changes: [{ field: 'name', from: 'Puentes reparados', to: 'Puentes reparados y ampliados' }] }] },
      targets: { added: [{ key: `PV-2/POM/${testFiscalYear + 1}/0`, item: { productCode: 'PV-2', plan: 'POM', year: testFiscalYear + 1, month: 0, quantity: 12 } }], removed: [], changed: [] },
    });
    const v1 = await stack.api('GET', `/stages/${stageId}/snapshots/1`, { token: planner });
    expect(v1.body.content.products.find((p: { code: string }) => p.code === 'PV-2').name).toBe('Puentes reparados');
    expect((await stack.api('GET', `/stages/${stageId}/diff?from=1&to=3`, { token: planner })).status).toBe(404);
    expect((await stack.api('GET', `/stages/${stageId}/diff?from=0&to=2`, { token: planner })).status).toBe(400);
  });
});
