// Every write to data leaves one audit row in the hash-chained trail: who (id and name), which
// entity and record, what changed (the changed fields of an update, the new record of a create,
// the old one of a delete, an import's counts) and the comment; the chain stays intact.
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { developmentAuditKey } from '../../src/config/env';
import { verifyAuditTrail } from '../../src/infra/auditTrail';
import { eventually } from '../support/eventually';
import { useTestStack } from '../support/useTestStack';

let planner: string;
let coordinator: string;
let foreignPlanner: string;
let civ: string;
let mspas: string;
const people: Record<string, { id: string; name: string }> = {};

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

const stack = useTestStack(async (stack) => {
  [planner, coordinator, foreignPlanner] = await stack.signIn('planificador.civ@ciclo.test', 'coordinador.minfin@ciclo.test', 'planificador.mineduc@ciclo.test');
  civ = (await stack.db.institution.findUniqueOrThrow({ where: { code: 'CIV' } })).id;
  mspas = (await stack.db.institution.findUniqueOrThrow({ where: { code: 'MSPAS' } })).id;
  for (const email of ['planificador.civ@ciclo.test', 'coordinador.minfin@ciclo.test']) {
    people[email] = await stack.db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true } });
  }
});

const plannerActor = () => ({ actorId: people['planificador.civ@ciclo.test']!.id, actorName: people['planificador.civ@ciclo.test']!.name });
const coordinatorActor = () => ({ actorId: people['coordinador.minfin@ciclo.test']!.id, actorName: people['coordinador.minfin@ciclo.test']!.name });

/** The audit rows of one record (or of one kind of import), in chain order. */
function auditRows(entity: string, entityId: string) {
  return stack.db.auditEvent.findMany({ where: { entity, entityId }, orderBy: { seq: 'asc' } });
}

async function expectChainIntact() {
  expect(await verifyAuditTrail(stack.db, { key: developmentAuditKey })).toMatchObject({ intact: true });
}

describe('audited writes', () => {
  it('when a planner creates, updates and deletes a product, then each write leaves one row: the new record, the changed fields, the old record', async () => {
    const created = await stack.api('POST', '/products', { token: planner, body: { institutionId: civ, code: 'AUD-1', name: 'Kilómetros auditados' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    let rows = await auditRows('products', id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'created', ...plannerActor(), institutionId: civ, stageId: null, changes: { before: null, after: { id, code: 'AUD-1', name: 'Kilómetros auditados', institutionId: civ } } });

    const updated = await stack.api('PUT', `/products/${id}`, { token: planner, body: { ...created.body, name: 'Kilómetros mantenidos' } });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    rows = await auditRows('products', id);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ action: 'updated', ...plannerActor(), institutionId: civ });
    expect(rows[1]!.changes).toEqual({ before: { name: 'Kilómetros auditados' }, after: { name: 'Kilómetros mantenidos' } });

    const deleted = await stack.api('DELETE', `/products/${id}`, { token: planner });
    expect(deleted.status).toBe(200);
    rows = await auditRows('products', id);
    expect(rows).toHaveLength(3);
    expect(rows[2]).toMatchObject({ action: 'deleted', ...plannerActor(), changes: { before: { id, code: 'AUD-1', name: 'Kilómetros mantenidos' }, after: null } });

    const listed = await stack.api('GET', `/audit-events?filter=${q({ entity: 'products', entityId: id })}`, { token: coordinator });
    expect(listed.body.map((e: { action: string }) => e.action).sort()).toEqual(['created', 'deleted', 'updated']);
    const foreign = await stack.api('GET', `/audit-events?filter=${q({ entity: 'products', entityId: id })}`, { token: foreignPlanner });
    expect(foreign.body).toEqual([]);
    await expectChainIntact();
  });

  it('when a refused write is attempted, then no audit row is written', async () => {
    const before = await stack.db.auditEvent.count();
    const refused = await stack.api('POST', '/products', { token: foreignPlanner, body: { institutionId: civ, code: 'AUD-X', name: 'Ajeno' } });
    expect(refused.status).toBe(403);
    expect(await stack.db.auditEvent.count()).toBe(before);
  });

  it('when a coordinator imports budget lines and then their execution, then each import leaves one row with its counts and summary, not the rows; a refused file none', async () => {
    await stack.db.institution.update({ where: { id: mspas }, data: { budgetEntityCode: '11130009' } });
    for (const [catalogue, code] of [['objetoGasto', '011'], ['objetoGasto', '266'], ['fuenteFinanciamiento', '11'], ['fuenteFinanciamiento', '21']] as const) {
      await stack.db.classifierEntry.upsert({ where: { catalogue_code: { catalogue, code } }, update: {}, create: { catalogue, code, name: `Código ${code}` } });
    }
    const entity = { ejercicio: 2035, codigoEntidad: '11130009', entidad: 'MINISTERIO DE SALUD PÚBLICA Y ASISTENCIA SOCIAL' };
    const health = { codigoPrograma: 11, programa: 'FOMENTO DE LA SALUD', codigoSubPrograma: 1, subPrograma: 'PRIMER NIVEL', codigoProyecto: 0, proyecto: 'SIN PROYECTO', codigoActividad: 2, actividad: 'VACUNACIÓN', codigoObra: 0, obra: '' };
    const money = (asignado: string) => ({ asignado, modificado: '0.00', vigente: asignado, devengado: '100.00', pagado: '50.00' });
    const rows = [
      { ...entity, ...health, codigoRenglon: 266, renglon: 'PRODUCTOS MEDICINALES', codigoFuente: 21, fuente: 'IVA PAZ', codigoDepartamento: 5, departamento: 'ESCUINTLA', ...money('5,000,000.00') },
      { ...entity, ...health, codigoRenglon: 11, renglon: 'PERSONAL PERMANENTE', codigoFuente: 11, fuente: 'INGRESOS CORRIENTES', codigoDepartamento: 5, departamento: 'ESCUINTLA', ...money('98,765.43') },
    ];
    const headers = Object.keys(rows[0]!);
    const csv = stringify([headers, ...rows.map((row) => headers.map((h) => (row as Record<string, unknown>)[h]))]);

    const rejected = await stack.api('POST', `/imports/budget-lines?institutionId=${mspas}`, { token: coordinator, rawBody: csv.replace('11130009', '99999999'), contentType: 'text/csv' });
    expect(rejected.status).toBe(422);
    expect(await auditRows('imports', 'budget-lines')).toHaveLength(0);

    const imported = await stack.api('POST', `/imports/budget-lines?institutionId=${mspas}`, { token: coordinator, rawBody: csv, contentType: 'text/csv' });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const audit = await auditRows('imports', 'budget-lines');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'imported',
      ...coordinatorActor(),
      institutionId: mspas,
      changes: { summary: { kind: 'budget-lines', rows: 2, linesCreated: 2, linesUpdated: 0, fiscalYears: [2035], amountColumnsOverwritten: expect.arrayContaining(['amount']) } },
    });

    const line = { ejercicio: 2035, codigoEntidad: '11130009', codigoPrograma: 11, codigoSubPrograma: 1, codigoProyecto: 0, codigoActividad: 2, codigoObra: 0, codigoRenglon: 266, codigoFuente: 21, codigoDepartamento: 5 };
    const execution = stringify([[...Object.keys(line), 'mes', 'vigente', 'devengado', 'pagado'], [...Object.values(line), 3, '5000000.00', '1250000.00', '1125000.00']]);
    const executed = await stack.api('POST', `/imports/budget-execution?institutionId=${mspas}`, { token: coordinator, rawBody: execution, contentType: 'text/csv' });
    expect(executed.status, JSON.stringify(executed.body)).toBe(200);
    const executionAudit = await auditRows('imports', 'budget-execution');
    expect(executionAudit).toHaveLength(1);
    expect(executionAudit[0]).toMatchObject({ action: 'imported', ...coordinatorActor(), institutionId: mspas, changes: { summary: { kind: 'budget-execution', fiscalYear: 2035, rows: 1, lines: 1, months: [3], created: 1, updated: 0 } } });
    await expectChainIntact();
  });

  it('when a coordinator adds a ceiling version, then one row holds the new record', async () => {
    const created = await stack.api('POST', '/budget-ceilings', { token: coordinator, body: { institutionId: civ, sourceCode: '11', fiscalYear: 2037, amount: 1_250_000.5, note: 'Ajuste' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const rows = await auditRows('budget-ceilings', created.body.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'created', ...coordinatorActor(), institutionId: civ, changes: { before: null, after: { amount: 1_250_000.5, note: 'Ajuste', fiscalYear: 2037 } } });
  });

  it('when a coordinator edits a classifier entry, then one row holds the changed name before and after', async () => {
    const created = await stack.api('POST', '/classifiers', { token: coordinator, body: { catalogue: 'unidadMedida', code: 'AUD-U', name: 'Unidad auditada' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const edited = await stack.api('PUT', `/classifiers/${created.body.id}`, { token: coordinator, body: { ...created.body, name: 'Unidad revisada' } });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const rows = await auditRows('classifiers', created.body.id);
    expect(rows.map((r) => r.action)).toEqual(['created', 'updated']);
    expect(rows[1]).toMatchObject({ ...coordinatorActor(), institutionId: null, changes: { before: { name: 'Unidad auditada' }, after: { name: 'Unidad revisada' } } });
  });

  it('when a coordinator edits a calendar template, then one row holds the changed fields', async () => {
    const template = (await stack.api('GET', `/calendar-templates?filter=${q({ q: 'GT-MUNICIPAL' })}`, { token: coordinator })).body[0];
    const edited = await stack.api('PUT', `/calendar-templates/${template.id}`, { token: coordinator, body: { ...template, name: { ...template.name, es: 'Calendario municipal (auditado)' } } });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const rows = await auditRows('calendar-templates', template.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'updated', ...coordinatorActor() });
    expect(rows[0]!.changes).toMatchObject({ before: { name: template.name }, after: { name: { es: 'Calendario municipal (auditado)' } } });
    expect(Object.keys((rows[0]!.changes as { after: object }).after)).toEqual(['name']);
  });

  it('when a coordinator starts a cycle and moves a deadline with a comment, then the start and the move are each recorded once, with actor and comment', async () => {
    const started = await stack.api('POST', '/cycles', { token: coordinator, body: { fiscalYear: 2033, templateCode: 'GT-ANUAL', institutionCodes: ['MSPAS'] } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const cycleId = started.body.id as string;
    let rows = await auditRows('cycles', cycleId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'started', ...coordinatorActor(), changes: { after: { fiscalYear: 2033, templateCode: 'GT-ANUAL', institutions: 1, institutionCodes: ['MSPAS'] } } });

    // The government cycle takes updates once it has loaded its template and started its institutions.
    await eventually(async () => (await stack.temporal.client.workflow.getHandle('cycle/GT/2033/MSPAS').describe()).status.name, 15_000);
    const body = { stageCode: 'budget_proposal', deadline: '2033-07-22T23:59:59-06:00', comment: 'Feriado nacional: se corre una semana', requestId: 'mover-2033-budget' };
    const moved = await stack.api('POST', `/cycles/${cycleId}/move-deadline`, { token: coordinator, body });
    expect(moved).toMatchObject({ status: 200, body: { stageCode: 'budget_proposal', deadline: '2033-07-23T05:59:59.000Z' } });
    const retried = await stack.api('POST', `/cycles/${cycleId}/move-deadline`, { token: coordinator, body });
    expect(retried.status).toBe(200);
    rows = await auditRows('cycles', cycleId);
    expect(rows.map((r) => r.action)).toEqual(['started', 'deadline_moved']);
    expect(rows[1]).toMatchObject({
      ...coordinatorActor(),
      comment: 'Feriado nacional: se corre una semana',
      changes: { before: { stageCode: 'budget_proposal' }, after: { stageCode: 'budget_proposal', deadline: '2033-07-23T05:59:59.000Z' } },
    });
    await expectChainIntact();
  });

  it('when a coordinator creates and edits a person, then each leaves one row, without the password hash', async () => {
    const created = await stack.api('POST', '/users', { token: coordinator, body: { email: 'auditada@ciclo.test', name: 'Persona auditada', role: 'planner', institutionId: civ } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const edited = await stack.api('PUT', `/users/${created.body.id}`, { token: coordinator, body: { name: 'Persona revisada', active: false } });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const rows = await auditRows('users', created.body.id);
    expect(rows.map((r) => r.action)).toEqual(['created', 'updated']);
    expect(rows[0]).toMatchObject({ ...coordinatorActor(), institutionId: civ, changes: { before: null, after: { email: 'auditada@ciclo.test', role: 'planner', passwordSet: false } } });
    expect(JSON.stringify(rows[0]!.changes)).not.toContain('passwordHash');
    expect(rows[1]!.changes).toEqual({ before: { name: 'Persona auditada', active: true }, after: { name: 'Persona revisada', active: false } });
  });

  it('when a coordinator registers and edits an institution, then each leaves one row with what changed', async () => {
    const body = { code: 'AUD-INST', name: 'Institución auditada', kind: 'secretariat', sector: 'Prueba', coordinatorCodes: ['SEGEPLAN'] };
    const created = await stack.api('POST', '/institutions', { token: coordinator, body });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const edited = await stack.api('PUT', `/institutions/${created.body.id}`, { token: coordinator, body: { ...created.body, name: 'Institución revisada' } });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const rows = await auditRows('institutions', created.body.id);
    expect(rows.map((r) => r.action)).toEqual(['created', 'updated']);
    expect(rows[0]).toMatchObject({ ...coordinatorActor(), institutionId: created.body.id, changes: { after: { code: 'AUD-INST', coordinatorCodes: ['SEGEPLAN'] } } });
    expect(rows[1]!.changes).toEqual({ before: { name: 'Institución auditada' }, after: { name: 'Institución revisada' } });
    await expectChainIntact();
  });

  it('when a coordinator imports institutions, then one row holds the counts', async () => {
    const csv = 'code,name,kind\nAUD-IMP1,Importada uno,secretariat\nAUD-INST,Institución reimportada,secretariat\n';
    const imported = await stack.api('POST', '/imports/institutions?format=csv', { token: coordinator, rawBody: csv, contentType: 'text/csv' });
    expect(imported).toMatchObject({ status: 200, body: { created: 1, updated: 1 } });
    const rows = await auditRows('imports', 'institutions');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'imported', ...coordinatorActor(), changes: { summary: { kind: 'institutions', rows: 2, created: 1, updated: 1, createdCodes: ['AUD-IMP1'], updatedCodes: ['AUD-INST'] } } });
    await expectChainIntact();
  });
});

describe('who reads the actor', () => {
  it('when the trail is listed, then an administrator reads user ids, and a coordinator, director or planner the actor\'s name and role but no user id, theirs nor that of a person whose account changed', async () => {
    const created = await stack.api('POST', '/users', { token: coordinator, body: { email: 'leida@ciclo.test', name: 'Persona leída', role: 'planner', institutionId: civ } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const stageId = await stack.stageId('CIV');
    expect((await stack.api('POST', `/stages/${stageId}/submit`, { token: planner, body: {} })).status).toBe(200);
    const submitted = await eventually(async () => {
      const row = await stack.db.auditEvent.findFirst({ where: { stageId, action: 'submitted' } });
      expect(row).not.toBeNull();
      return row!;
    });
    const listings = { ofPerson: q({ entity: 'users', entityId: created.body.id }), ofStage: q({ stageId }) };
    const readers = {
      admin: await stack.login('admin@ciclo.test'),
      coordinator,
      director: await stack.login('director.civ@ciclo.test'),
      planner,
    };
    const userIds = (await stack.db.user.findMany({ select: { id: true } })).map((u) => u.id);

    const asAdmin = await stack.api('GET', `/audit-events?filter=${listings.ofPerson}`, { token: readers.admin });
    expect(asAdmin.body).toEqual([expect.objectContaining({ actorId: people['coordinador.minfin@ciclo.test']!.id, actorRole: 'coordinator', entityId: created.body.id })]);
    expect(asAdmin.body[0].changes.after.id).toBe(created.body.id);

    for (const [role, token] of Object.entries(readers).filter(([role]) => role !== 'admin')) {
      const ofPerson = await stack.api('GET', `/audit-events?filter=${listings.ofPerson}`, { token });
      expect(ofPerson.body, role).toEqual([expect.objectContaining({ action: 'created', actorName: 'Coordinación MINFIN-DTP', actorRole: 'coordinator', entityId: null })]);
      expect(ofPerson.body[0].changes.after, role).toMatchObject({ email: 'leida@ciclo.test', name: 'Persona leída' });
      const ofStage = await stack.api('GET', `/audit-events?filter=${listings.ofStage}`, { token });
      expect(ofStage.body, role).toEqual(expect.arrayContaining([expect.objectContaining({ id: submitted.id, actorName: people['planificador.civ@ciclo.test']!.name, actorRole: 'planner' })]));
      for (const answer of [ofPerson, ofStage]) {
        for (const event of answer.body) expect(event, role).not.toHaveProperty('actorId');
        const text = JSON.stringify(answer.body);
        expect(userIds.filter((id) => text.includes(id)), `${role} reads user ids`).toEqual([]);
      }
    }
  });
});
