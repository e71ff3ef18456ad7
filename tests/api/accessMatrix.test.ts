// The access matrix: every operation of the API, for every role, on a record of the person's own
// institution (MSPAS) and on one of another (MINEDUC), with the outcome it must have. A new route
// without a row fails here. Reads of another institution's record answer 403 (its existence is not
// hidden: ids are not guessable and the console says why); scoped lists simply leave the other
// institution's rows out; a person's own notifications and mail are private, so another person's
// answer 404. The citizen has no token: only the public operations let them in, and those reveal
// nothing without their own credential (the feed's secret, the mail link's signature). Below the
// table, the cells a role opens but a person may not take: separation of duties.
import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { renewCalendarSecret } from '../../src/auth/calendarFeeds';
import { issuePasswordSetup } from '../../src/auth/passwordSetups';
import { openSession } from '../../src/auth/sessions';
import { contentResources } from '../../src/api/planBudget/contentResources';
import { plainRecord } from '../../src/api/planBudget/contentRouter';
import { signActionLink } from '../../src/mail/actionLinks';
import { strategicReview } from '../../src/domain/stageCatalog';
import { startStageWorkflow } from '../../src/workflowClient/stageWorkflows';
import type { StageApprovalInput } from '../../src/workflows/stageApproval';
import { testFiscalYear, type ApiAnswer } from '../support/stack';
import { useTestStack } from '../support/useTestStack';

type Role = 'admin' | 'coordinator' | 'director' | 'authority' | 'planner' | 'citizen';
type Side = 'own' | 'other';
/**
 * ok: let through (a read answers 2xx; a write 2xx, or 400/409/415/422 judging the body, its type or the state);
 * listed / excluded: a 200 list or file that holds / leaves out the target; 401, 403, 404: refused so.
 */
type Outcome = 'ok' | 'listed' | 'excluded' | 401 | 403 | 404;
type Expectation = Record<Role, readonly [own: Outcome, other: Outcome]>;

/** What a check acts on: path values, what a list must (not) show, and the state a refusal must leave alone. */
interface Target {
  values: Record<string, string>;
  mark?: string;
  record?: Record<string, unknown>;
  /** A session of its own, for logout. */
  token?: string;
  fingerprint?: () => Promise<unknown>;
}

interface AccessRow {
  /** As /api/openapi.json documents it. */
  operation: string;
  target: string;
  /** The path called when it needs a query; by default the operation's, with {name} from the target. */
  call?: (values: Record<string, string>) => string;
  /** What a call sends: a valid request, so that a refusal is the guard's own. */
  body?: (target: Target) => unknown;
  /** What a permitted call sends instead: invalid on purpose, so nothing is written (400 proves the guard let it through). */
  probe?: (target: Target) => unknown;
  /** For an answer that carries each item's own outcome (a bulk decision): the status of the one the target is. */
  itemStatus?: (answer: ApiAnswer) => number;
  expect: Expectation;
}

const roles: Role[] = ['admin', 'coordinator', 'director', 'authority', 'planner', 'citizen'];
const sides: Side[] = ['own', 'other'];
const actors: Record<Exclude<Role, 'citizen'>, string> = {
  admin: 'admin@ciclo.test',
  coordinator: 'coordinador.minfin@ciclo.test',
  director: 'director.mspas@ciclo.test',
  authority: 'autoridad.mspas@ciclo.test',
  planner: 'planificador.mspas@ciclo.test',
};
const institutionCodes: Record<Side, string> = { own: 'MSPAS', other: 'MINEDUC' };
const absentId = '00000000-0000-4000-8000-000000000000';

// --- The expectations, by who may do what -----------------------------------------------------------

const all = (own: Outcome, other: Outcome, citizen: readonly [Outcome, Outcome] = [401, 401]): Expectation => ({
  admin: [own, other], coordinator: [own, other], director: [own, other], authority: [own, other], planner: [own, other], citizen,
});
/** Open to everyone, the citizen included. */
const open = all('ok', 'ok', ['ok', 'ok']);
/** Anyone signed in; the same for both institutions (calendars, cycles, settings, one's own session). */
const signedIn = all('ok', 'ok');
/** Coordinators and admins see every institution; the institution's people their own only. */
const scopedRead: Expectation = { ...all('ok', 403), admin: ['ok', 'ok'], coordinator: ['ok', 'ok'] };
const scopedList: Expectation = { ...all('listed', 'excluded'), admin: ['listed', 'listed'], coordinator: ['listed', 'listed'] };
/** Planners and directors write their own institution's content; admins any. */
const plannersWrite: Expectation = { ...all(403, 403), admin: ['ok', 'ok'], director: ['ok', 403], planner: ['ok', 403] };
const coordinatorsWrite: Expectation = { ...all(403, 403), admin: ['ok', 'ok'], coordinator: ['ok', 'ok'] };
/** A demo stage's chain is its own authority: nobody else decides, a coordinator neither. */
const authorityDecides: Expectation = { ...all(403, 403), admin: ['ok', 'ok'], authority: ['ok', 403] };
/** Only the person who submitted the version withdraws it: its planner, in its own institution; an admin neither. */
const submitterRecalls: Expectation = { ...all(403, 403), planner: ['ok', 403] };
/** The holder of a level (the authority) or a coordinator hands it to someone. */
const holderOrCoordinatorDelegates: Expectation = { ...authorityDecides, coordinator: ['ok', 'ok'] };
/** One's own notifications only, whatever the role. */
const personal = all('ok', 404);
const personalList = all('listed', 'excluded');
/** The local mailbox: one's own mail only, whatever the role (a decision mail's links act as its addressee). */
const mailbox: Expectation = personal;
const mailboxList: Expectation = personalList;
/** The request carries its own credential (a mail link's signed token, a feed's secret): the caller's token is beside the point. */
const signedLink = all('ok', 403, ['ok', 403]);
const feedSecret = all('listed', 404, ['listed', 404]);

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const byId = (values: Record<string, string>) => q({ id: [values.id] });

/** The six routes of a content resource (five for the versioned ceilings): how it is read, who writes it. */
function contentRows(name: string, read: 'scoped' | 'shared', write: Expectation, appendOnly = false): AccessRow[] {
  const [get, list] = read === 'scoped' ? [scopedRead, scopedList] : [signedIn, all('listed', 'listed')];
  const owner = contentResources.find((r) => r.name === name)?.owner?.field;
  const rows: AccessRow[] = [
    { operation: `GET /api/${name}`, target: `content:${name}`, call: (v) => `/${name}?filter=${byId(v)}`, expect: list },
    { operation: `GET /api/${name}/export`, target: `content:${name}`, call: (v) => `/${name}/export?format=csv&filter=${byId(v)}`, expect: list },
    { operation: `GET /api/${name}/{id}`, target: `content:${name}`, expect: get },
    { operation: `POST /api/${name}`, target: `content:${name}`, body: (t) => t.record, probe: (t) => (owner ? { [owner]: t.record?.[owner] } : {}), expect: write },
  ];
  if (appendOnly) return rows;
  return [
    ...rows,
    { operation: `PUT /api/${name}/{id}`, target: `content:${name}`, body: (t) => t.record, probe: () => ({}), expect: write },
    { operation: `DELETE /api/${name}/{id}`, target: `fresh:${name}`, expect: write },
  ];
}

// --- The table --------------------------------------------------------------------------------------

const accessTable: AccessRow[] = [
  { operation: 'GET /api/health', target: 'none', expect: open },
  { operation: 'GET /api/openapi.json', target: 'none', expect: open },
  { operation: 'POST /api/auth/login', target: 'people', body: (t) => ({ email: t.values.plannerEmail, password: 'ciclo-demo' }), expect: open },
  { operation: 'GET /api/auth/me', target: 'none', expect: signedIn },
  { operation: 'POST /api/auth/logout', target: 'session', expect: signedIn },
  { operation: 'GET /api/settings', target: 'none', expect: signedIn },

  { operation: 'GET /api/stages', target: 'stage', call: (v) => `/stages?filter=${byId(v)}`, expect: scopedList },
  { operation: 'GET /api/stages/{id}', target: 'stage', expect: scopedRead },
  { operation: 'GET /api/stages/{id}/checks', target: 'stage', expect: scopedRead },
  { operation: 'GET /api/stages/{id}/snapshots', target: 'stage', expect: scopedRead },
  { operation: 'GET /api/stages/{id}/snapshots/{version}', target: 'stage', expect: scopedRead },
  { operation: 'GET /api/stages/{id}/diff', target: 'stage', call: (v) => `/stages/${v.id}/diff?from=1&to=actual`, expect: scopedRead },
  { operation: 'GET /api/stages/{id}/workbook', target: 'stage', expect: scopedRead },
  // Sent without a workbook: a permitted call is refused for the missing file (422), so nothing is written.
  { operation: 'POST /api/stages/{id}/workbook/preview', target: 'stage', expect: plannersWrite },
  { operation: 'POST /api/stages/{id}/workbook', target: 'stage', call: (v) => `/stages/${v.id}/workbook?fingerprint=${'0'.repeat(32)}`, expect: plannersWrite },
  { operation: 'POST /api/stages/{id}/submit', target: 'draftStage', body: () => ({}), expect: plannersWrite },
  { operation: 'POST /api/stages/{id}/approve', target: 'submittedStage', body: () => ({}), expect: authorityDecides },
  { operation: 'POST /api/stages/{id}/return', target: 'submittedStage', body: () => ({ comment: 'Faltan las metas físicas', reasonCode: 'incomplete' }), expect: authorityDecides },
  {
    operation: 'POST /api/stages/decisions',
    target: 'submittedStage',
    body: (t) => ({ action: 'approve', stages: [{ stageId: t.values.id, requestId: `matriz-${randomUUID()}` }] }),
    // The answer is 200 for anyone signed in; each stage's refusal is in it, as its own route would answer.
    itemStatus: (answer) => (answer.status === 200 ? (answer.body.results[0].ok ? 200 : answer.body.results[0].status) : answer.status),
    expect: authorityDecides,
  },
  { operation: 'POST /api/stages/{id}/recall', target: 'sentByPlanner', body: () => ({ comment: 'Retiro para corregir' }), expect: submitterRecalls },
  { operation: 'POST /api/stages/{id}/extend', target: 'submittedStage', body: (t) => ({ newDeadline: t.values.laterDeadline, comment: 'Prórroga de prueba' }), expect: coordinatorsWrite },
  { operation: 'POST /api/stages/{id}/reassign', target: 'submittedStage', body: (t) => ({ level: 0, userId: t.values.authorityId }), expect: holderOrCoordinatorDelegates },
  { operation: 'POST /api/delegations', target: 'people', body: (t) => ({ fromUserId: t.values.authorityId, toUserId: absentId }), expect: holderOrCoordinatorDelegates },
  { operation: 'GET /api/audit-events', target: 'stage', call: (v) => `/audit-events?filter=${q({ stageId: v.id })}`, expect: scopedList },
  { operation: 'POST /api/email-actions/lookup', target: 'emailLink', body: (t) => ({ token: t.values.token }), expect: signedLink },
  { operation: 'POST /api/email-actions', target: 'emailLink', body: (t) => ({ token: t.values.token }), expect: signedLink },

  { operation: 'GET /api/calendar-templates', target: 'template', expect: signedIn },
  { operation: 'GET /api/calendar-templates/{id}', target: 'template', expect: signedIn },
  { operation: 'POST /api/calendar-templates', target: 'template', body: () => ({}), expect: coordinatorsWrite },
  { operation: 'PUT /api/calendar-templates/{id}', target: 'template', body: () => ({}), expect: coordinatorsWrite },
  // A cycle is everyone's: its progress shows where each institution stands, not what it drafted.
  { operation: 'GET /api/cycles', target: 'cycle', expect: signedIn },
  { operation: 'GET /api/cycles/{id}', target: 'cycle', expect: signedIn },
  { operation: 'POST /api/cycles', target: 'cycle', body: () => ({}), expect: coordinatorsWrite },
  { operation: 'GET /api/cycles/{id}/progress', target: 'cycle', expect: signedIn },
  { operation: 'GET /api/cycles/{id}/start-progress', target: 'cycle', expect: signedIn },
  { operation: 'GET /api/cycles/{id}/statistics', target: 'cycle', expect: signedIn },
  { operation: 'POST /api/cycles/{id}/move-deadline', target: 'cycle', body: () => ({}), expect: coordinatorsWrite },
  { operation: 'GET /api/institution-cycles', target: 'cycle', call: (v) => `/institution-cycles?filter=${q({ cycleId: v.id })}`, expect: signedIn },

  { operation: 'GET /api/multi-year', target: 'institution', call: (v) => `/multi-year?institutionId=${v.id}&fiscalYear=${testFiscalYear}`, expect: scopedRead },
  // MINFIN loads its open data into any institution: an import is also the coordinators'.
  { operation: 'POST /api/imports/budget-lines', target: 'institution', call: (v) => `/imports/budget-lines?institutionId=${v.id}`, expect: { ...plannersWrite, coordinator: ['ok', 'ok'] } },
  { operation: 'GET /api/imports/budget-lines/template', target: 'none', expect: signedIn },
  { operation: 'POST /api/imports/budget-execution', target: 'institutionExecution', call: (v) => `/imports/budget-execution?institutionId=${v.id}`, expect: { ...plannersWrite, coordinator: ['ok', 'ok'] } },
  { operation: 'GET /api/imports/budget-execution/template', target: 'none', expect: signedIn },

  // The public sector and its people are administered by coordinators and admins; each person reads their own institution.
  { operation: 'GET /api/institutions', target: 'institution', call: (v) => `/institutions?filter=${byId(v)}`, expect: scopedList },
  { operation: 'GET /api/institutions/facets', target: 'none', expect: signedIn },
  { operation: 'GET /api/institutions/{id}', target: 'institution', expect: scopedRead },
  { operation: 'POST /api/institutions', target: 'institutionRecord', body: () => ({ code: `ACC-${randomBytes(3).toString('hex')}`, name: 'Institución de la matriz de acceso', kind: 'other' }), probe: () => ({}), expect: coordinatorsWrite },
  { operation: 'PUT /api/institutions/{id}', target: 'institutionRecord', body: (t) => t.record, probe: () => ({}), expect: coordinatorsWrite },
  { operation: 'POST /api/imports/institutions', target: 'institutionRecord', call: () => '/imports/institutions?format=csv', expect: coordinatorsWrite },
  { operation: 'GET /api/imports/institutions/template', target: 'none', expect: signedIn },
  { operation: 'GET /api/users', target: 'person', call: (v) => `/users?filter=${byId(v)}`, expect: coordinatorsWrite },
  { operation: 'GET /api/users/{id}', target: 'person', expect: coordinatorsWrite },
  { operation: 'POST /api/users', target: 'person', body: (t) => ({ email: `acceso.${randomBytes(3).toString('hex')}@ciclo.test`, name: 'Persona de la matriz', role: 'planner', institutionId: t.values.institutionId }), probe: () => ({}), expect: coordinatorsWrite },
  { operation: 'PUT /api/users/{id}', target: 'person', body: () => ({ name: 'Nombre cambiado por la matriz' }), probe: () => ({ role: 'rey' }), expect: coordinatorsWrite },
  { operation: 'POST /api/users/{id}/invitation', target: 'person', expect: coordinatorsWrite },
  // The mailed link is the credential: the caller's token is beside the point.
  { operation: 'POST /api/auth/password-setup/lookup', target: 'passwordLink', body: (t) => ({ token: t.values.token }), expect: all('ok', 404, ['ok', 404]) },
  { operation: 'POST /api/auth/password-setup', target: 'passwordLink', body: (t) => ({ token: t.values.token, password: 'clave larga de la matriz' }), expect: all('ok', 404, ['ok', 404]) },

  { operation: 'GET /api/calendar/{secret}.ics', target: 'calendarFeed', expect: feedSecret },
  { operation: 'GET /api/calendar/deadlines', target: 'stage', call: (v) => `/calendar/deadlines?from=${v.from}&to=${v.to}`, expect: scopedList },
  { operation: 'GET /api/calendar/subscription', target: 'none', expect: signedIn },
  { operation: 'POST /api/calendar/subscription', target: 'none', expect: signedIn },
  { operation: 'DELETE /api/calendar/subscription', target: 'none', expect: signedIn },

  { operation: 'GET /api/notifications', target: 'notification', expect: personalList },
  { operation: 'GET /api/notifications/unread-count', target: 'none', expect: signedIn },
  { operation: 'POST /api/notifications/read-all', target: 'none', expect: signedIn },
  { operation: 'GET /api/mail-preferences', target: 'none', expect: signedIn },
  { operation: 'PUT /api/mail-preferences', target: 'none', body: () => ({ digestKinds: ['reminder'] }), expect: signedIn },
  { operation: 'GET /api/notifications/{id}', target: 'notification', expect: personal },
  { operation: 'POST /api/notifications/{id}/read', target: 'notification', expect: personal },
  { operation: 'GET /api/mail-sink', target: 'mail', expect: mailboxList },
  { operation: 'GET /api/mail-sink/{id}', target: 'mail', expect: mailbox },

  ...contentRows('classifiers', 'shared', coordinatorsWrite),
  ...contentRows('strategic-plans', 'scoped', plannersWrite),
  ...contentRows('strategic-results', 'scoped', plannersWrite),
  ...contentRows('products', 'scoped', plannersWrite),
  ...contentRows('physical-targets', 'scoped', plannersWrite),
  ...contentRows('physical-executions', 'scoped', plannersWrite),
  ...contentRows('programmatic-categories', 'scoped', plannersWrite),
  ...contentRows('budget-lines', 'scoped', plannersWrite),
  ...contentRows('budget-ceilings', 'scoped', coordinatorsWrite, true),
  ...contentRows('budget-projections', 'scoped', plannersWrite),
  ...contentRows('production-scenarios', 'scoped', plannersWrite),
  ...contentRows('scenario-items', 'scoped', plannersWrite),
  ...contentRows('indicators', 'scoped', plannersWrite),
  ...contentRows('indicator-targets', 'scoped', plannersWrite),
  ...contentRows('indicator-measurements', 'scoped', plannersWrite),
];

// --- The records each check acts on -----------------------------------------------------------------

const tokens = {} as Record<Exclude<Role, 'citizen'>, string>;
const userIds = {} as Record<Exclude<Role, 'citizen'>, string>;
const institutions = {} as Record<Side, string>;
const seededStages = {} as Record<Side, { id: string; cycleId: string; deadline: Date }>;
const people = {} as Record<Side, { authorityId: string; plannerId: string; plannerEmail: string }>;
let cycleId: string;
let templateId: string;
/** Ids of MINEDUC's records: no answer to an MSPAS person, nor to a citizen, may contain one. */
const foreign = new Set<string>();
let checks = 0;
let freshCount = 0;

const stack = useTestStack(async (stack) => {
  for (const [role, email] of Object.entries(actors) as [Exclude<Role, 'citizen'>, string][]) {
    const user = await stack.db.user.findUniqueOrThrow({ where: { email } });
    userIds[role] = user.id;
    tokens[role] = await openSession(stack.db, user.id, 1);
  }
  for (const side of sides) {
    const code = institutionCodes[side];
    institutions[side] = (await stack.db.institution.findUniqueOrThrow({ where: { code } })).id;
    const stage = await stack.db.stage.findUniqueOrThrow({ where: { id: await stack.stageId(code) } });
    seededStages[side] = stage;
    const [authority, planner] = await Promise.all([
      stack.db.user.findUniqueOrThrow({ where: { email: `autoridad.${code.toLowerCase()}@ciclo.test` } }),
      stack.db.user.findUniqueOrThrow({ where: { email: `planificador.${code.toLowerCase()}@ciclo.test` } }),
    ]);
    people[side] = { authorityId: authority.id, plannerId: planner.id, plannerEmail: planner.email };
    // The demonstration measures nothing yet: one measurement each, so that every resource has a record.
    const indicator = await stack.db.indicator.findFirstOrThrow({ where: { institutionId: institutions[side] }, orderBy: { code: 'asc' } });
    await stack.db.indicatorMeasurement.create({ data: { indicatorId: indicator.id, period: `${testFiscalYear}-T1`, value: 1 } });
    // Nor has execution begun: one month of a product's delivery each.
    const product = await stack.db.product.findFirstOrThrow({ where: { institutionId: institutions[side] }, orderBy: { code: 'asc' } });
    await stack.db.physicalExecution.create({ data: { productId: product.id, year: testFiscalYear, month: 1, quantity: 10 } });
    // Submitted, so each has a frozen version 1, audit events and a decision pending.
    const submitted = await stack.api('POST', `/stages/${stage.id}/submit`, { token: await openSession(stack.db, planner.id, 1), body: {} });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  }
  foreign.add(seededStages.other.id);
  for (const { name, scope } of contentResources) {
    if (scope) for (const { id } of await resourceOf(name).delegate.findMany({ where: scope(institutions.other), select: { id: true } })) foreign.add(String(id));
  }
  expect(foreign.size).toBeGreaterThan(contentResources.length);
  const started = await stack.api('POST', '/cycles', { token: tokens.coordinator, body: { fiscalYear: testFiscalYear, templateCode: 'GT-ANUAL', institutionCodes: Object.values(institutionCodes) } });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  cycleId = started.body.id;
  templateId = (await stack.db.calendarTemplate.findUniqueOrThrow({ where: { code: 'GT-ANUAL' } })).id;
});

const stageState = (id: string) => async () => [await stack.db.stage.findUnique({ where: { id } }), await stack.db.auditEvent.count({ where: { stageId: id } })];

/** A stage of its own for a check that acts on it, with its workflow, so no check sees another's effects. */
async function freshStage(side: Side, status: 'draft' | 'submitted'): Promise<Target> {
  const n = ++freshCount;
  const institutionId = institutions[side];
  const stage = await stack.db.stage.create({
    data: {
      cycleId: seededStages[side].cycleId,
      institutionId,
      code: `access_${n}`,
      name: `Etapa de la matriz de acceso ${n}`,
      status,
      deadline: seededStages[side].deadline,
      approvalChain: [{ role: 'authority', institutionId }],
      workflowId: `access-matrix/${n}/${randomUUID()}`,
    },
  });
  await startStageWorkflow(stack.temporal.client, stack.taskQueue, stage);
  if (side === 'other') foreign.add(stage.id);
  const laterDeadline = new Date(stage.deadline.getTime() + 30 * 86_400_000).toISOString();
  return { values: { id: stage.id, authorityId: people[side].authorityId, laterDeadline }, mark: stage.id, fingerprint: stageState(stage.id) };
}

/** The calls the Prisma delegates of the content models share. */
interface ContentDelegate {
  findFirst(args: object): Promise<Record<string, unknown> | null>;
  findMany(args: object): Promise<Record<string, unknown>[]>;
  findUnique(args: object): Promise<unknown>;
  count(): Promise<number>;
  create(args: object): Promise<Record<string, unknown>>;
}

function resourceOf(name: string) {
  const resource = contentResources.find((r) => r.name === name);
  if (!resource) throw new Error(`${name} no es un recurso de contenido`);
  const delegate = (stack.db as unknown as Record<string, ContentDelegate>)[resource.model]!;
  return { resource, delegate };
}

async function contentRecord(name: string, side: Side): Promise<Record<string, unknown>> {
  const { resource, delegate } = resourceOf(name);
  const row = await delegate.findFirst({ where: resource.scope?.(institutions[side]) ?? {}, orderBy: { id: 'asc' } });
  if (!row) throw new Error(`La demostración no tiene ${name} de ${institutionCodes[side]}`);
  return row;
}

function contentTarget(name: string, side: Side, row: Record<string, unknown>): Target {
  const { delegate } = resourceOf(name);
  const id = String(row.id);
  if (side === 'other' && resourceOf(name).resource.owner) foreign.add(id);
  return { values: { id }, mark: id, record: plainRecord(row), fingerprint: async () => [await delegate.count(), await delegate.findUnique({ where: { id } })] };
}

/** A copy of a demo record, its unique keys moved aside, for a delete that must not touch the demo. */
async function freshContent(name: string, side: Side): Promise<Target> {
  const n = ++freshCount;
  const { id: _id, createdAt: _c, updatedAt: _u, ...row } = await contentRecord(name, side);
  const data: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(row)) {
    if (value === null) continue;
    if (['code', 'name', 'period'].includes(field)) data[field] = `${String(value)}-acceso${n}`;
    else if (['year', 'fiscalYear'].includes(field)) data[field] = 2040 + n;
    else data[field] = value;
  }
  return contentTarget(name, side, await resourceOf(name).delegate.create({ data }));
}

async function personalNotification(userId: string, side: Side): Promise<Target> {
  const row = await stack.db.notification.create({ data: { userId, mailKey: `access-matrix/${randomUUID()}`, subject: 'Aviso de la matriz de acceso', text: 'Solo para su destinatario' } });
  if (side === 'other') foreign.add(row.id);
  return { values: { id: row.id }, mark: row.id, fingerprint: () => stack.db.notification.findUnique({ where: { id: row.id } }) };
}

function mailTo(email: string, side: Side): Target {
  const id = `access-matrix-${randomUUID()}`;
  stack.sink.messages.push({ id, from: 'ciclo@ciclo.test', to: [email], subject: 'Correo de la matriz de acceso', text: 'Solo para su destinatario', receivedAt: new Date().toISOString() });
  if (side === 'other') foreign.add(id);
  return { values: { id }, mark: id };
}

/** Own: a genuine return link for MSPAS's authority; other: the same link signed with another secret. */
function emailLink(side: Side): Target {
  const link = { userId: people.own.authorityId, stageId: seededStages.own.id, action: 'return' as const, version: 1 };
  const keys = side === 'own' ? stack.mailLinks : { ...stack.mailLinks, secret: randomBytes(32).toString('hex') };
  const { token } = signActionLink(link, keys);
  return { values: { token }, fingerprint: async () => [await stack.db.emailActionUse.count(), await stack.db.stage.findUnique({ where: { id: link.stageId } })] };
}

const deadlineWindow = (side: Side) => {
  const day = (ms: number) => new Date(seededStages[side].deadline.getTime() + ms).toISOString().slice(0, 10);
  return { from: day(-10 * 86_400_000), to: day(10 * 86_400_000) };
};

const targets: Record<string, (side: Side, role: Role) => Promise<Target> | Target> = {
  none: () => ({ values: {} }),
  session: async (_side, role) => (role === 'citizen' ? { values: {} } : { values: {}, token: await openSession(stack.db, userIds[role], 1) }),
  people: (side) => ({
    values: { authorityId: people[side].authorityId, plannerEmail: people[side].plannerEmail },
    fingerprint: () => stack.db.auditEvent.count({ where: { action: 'reassigned' } }),
  }),
  stage: (side) => ({ values: { id: seededStages[side].id, ...deadlineWindow(side) }, mark: seededStages[side].id, fingerprint: stageState(seededStages[side].id) }),
  draftStage: (side) => freshStage(side, 'draft'),
  submittedStage: (side) => freshStage(side, 'submitted'),
  sentByPlanner: async (side) => {
    const target = await freshStage(side, 'draft');
    const sent = await stack.api('POST', `/stages/${target.values.id}/submit`, { token: await openSession(stack.db, people[side].plannerId, 1), body: {} });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    return target;
  },
  cycle: () => ({ values: { id: cycleId }, fingerprint: async () => [await stack.db.cycle.count(), await stack.db.stage.findMany({ where: { cycleId }, select: { id: true, deadline: true }, orderBy: { id: 'asc' } })] }),
  template: () => ({ values: { id: templateId }, fingerprint: async () => [await stack.db.calendarTemplate.count(), await stack.db.calendarTemplate.findUnique({ where: { id: templateId } })] }),
  institution: (side) => ({
    values: { id: institutions[side] },
    mark: institutions[side],
    fingerprint: async () => [await stack.db.budgetLine.count({ where: { institutionId: institutions[side] } }), await stack.db.programmaticCategory.count({ where: { institutionId: institutions[side] } })],
  }),
  institutionExecution: (side) => ({
    values: { id: institutions[side] },
    fingerprint: async () => [
      await stack.db.budgetExecution.count({ where: { budgetLine: { institutionId: institutions[side] } } }),
      await stack.db.budgetLine.findMany({ where: { institutionId: institutions[side] }, select: { id: true, vigente: true, devengado: true, pagado: true }, orderBy: { id: 'asc' } }),
    ],
  }),
  notification: (side, role) => personalNotification(side === 'own' && role !== 'citizen' ? userIds[role] : people[side].plannerId, side),
  mail: (side, role) => mailTo(side === 'own' && role !== 'citizen' ? actors[role] : people[side].plannerEmail, side),
  // The MSPAS planner's own feed shows MSPAS's stage; an unknown secret shows nothing.
  calendarFeed: async (side) =>
    side === 'own' ? { values: { secret: await renewCalendarSecret(stack.db, people.own.plannerId) }, mark: seededStages.own.id } : { values: { secret: randomBytes(24).toString('base64url') } },
  emailLink: (side) => emailLink(side),
  institutionRecord: async (side) => {
    const row = await stack.api('GET', `/institutions/${institutions[side]}`, { token: tokens.admin });
    return { values: { id: institutions[side] }, record: row.body, fingerprint: async () => [await stack.db.institution.count(), await stack.db.institution.findUnique({ where: { id: institutions[side] }, include: { coordinators: true } })] };
  },
  person: (side) => ({
    values: { id: people[side].plannerId, institutionId: institutions[side] },
    mark: people[side].plannerId,
    fingerprint: async () => [await stack.db.user.count(), await stack.db.user.findUnique({ where: { id: people[side].plannerId } }), await stack.db.passwordSetup.count()],
  }),
  passwordLink: async (side) => {
    const invited = await stack.db.user.create({ data: { email: `invitado.${randomUUID()}@ciclo.test`, name: 'Persona invitada', role: 'planner', institutionId: institutions.own } });
    const token = side === 'own' ? (await issuePasswordSetup(stack.db, invited.id)).token : randomBytes(32).toString('base64url');
    return { values: { token }, fingerprint: async () => [await stack.db.user.findUnique({ where: { id: invited.id } }), await stack.db.passwordSetup.count()] };
  },
};

async function targetOf(kind: string, side: Side, role: Role): Promise<Target> {
  const [prefix, name] = kind.split(':') as [string, string | undefined];
  if (prefix === 'content') return contentTarget(name!, side, await contentRecord(name!, side));
  if (prefix === 'fresh') return freshContent(name!, side);
  const make = targets[kind];
  if (!make) throw new Error(`Objetivo desconocido: ${kind}`);
  return make(side, role);
}

const textOf = (answer: ApiAnswer) => new TextDecoder().decode(answer.bytes);

/** One cell of the matrix: the call, its outcome, no MINEDUC id in what an MSPAS person or a citizen gets, and a refusal changes nothing. */
async function check(row: AccessRow, role: Role, side: Side): Promise<void> {
  const target = await targetOf(row.target, side, role);
  const expected = row.expect[role][side === 'own' ? 0 : 1];
  const permitted = expected === 'ok' || expected === 'listed' || expected === 'excluded';
  const [method, template] = row.operation.split(' ') as [string, string];
  const path = row.call?.(target.values) ?? template.replace(/^\/api/, '').replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(target.values[name] ?? (name === 'version' ? '1' : `{${name}}`)));
  expect(path, row.operation).not.toMatch(/\{\w+\}/);
  const send = (permitted && row.probe) || row.body;
  const watch = method !== 'GET' && !permitted ? target.fingerprint : undefined;
  const before = await watch?.();
  const answer = await stack.api(method, path, { token: role === 'citizen' ? undefined : (target.token ?? tokens[role]), body: send?.(target) });
  const text = textOf(answer);
  const status = row.itemStatus?.(answer) ?? answer.status;
  const cell = `${row.operation} · ${role} · ${side}: ${status} ${text.slice(0, 240)}`;
  checks += 1;

  if (typeof expected === 'number') expect.soft(status, cell).toBe(expected);
  else if (expected === 'ok') expect.soft(method === 'GET' ? status >= 200 && status < 300 : [200, 201, 204, 400, 409, 415, 422].includes(status), cell).toBe(true);
  else {
    expect(target.mark, row.operation).toBeDefined();
    expect.soft(answer.status, cell).toBe(200);
    expect.soft(text.includes(target.mark!), `${cell} (${expected} ${target.mark})`).toBe(expected === 'listed');
  }
  if (status < 300 && role !== 'admin' && role !== 'coordinator') {
    for (const id of foreign) expect.soft(text.includes(id), `${cell} reveals MINEDUC's ${id}`).toBe(false);
  }
  if (watch) expect.soft(await watch(), `${cell} changed something`).toEqual(before);
  // The probe's 400 proves a guard only if guards come before validation: refused, it is refused alike.
  if (!permitted && row.probe) {
    const probed = await stack.api(method, path, { token: role === 'citizen' ? undefined : tokens[role], body: row.probe(target) });
    expect.soft(probed.status, `${cell} (probe: ${probed.status} ${textOf(probed).slice(0, 160)})`).toBe(expected);
  }
}

describe('the access matrix', () => {
  it('when the table is read against /api/openapi.json, then every documented operation has exactly one row', async () => {
    const doc = (await stack.api('GET', '/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).filter((m) => ['get', 'put', 'post', 'delete', 'patch'].includes(m)).map((m) => `${m.toUpperCase()} ${path}`));
    const rows = accessTable.map((r) => r.operation);
    expect(rows.filter((op, i) => rows.indexOf(op) !== i), 'operations with two rows').toEqual([]);
    expect(documented.filter((op) => !rows.includes(op)), 'operations without an access row').toEqual([]);
    expect(rows.filter((op) => !documented.includes(op)), 'rows for no documented operation').toEqual([]);
  });

  it.each(accessTable.map((row) => [row.operation, row] as const))('%s', async (_operation, row) => {
    for (const role of roles) for (const side of sides) await check(row, role, side);
  });

  it('when an approval is handed to a person of another institution, then 422 and the chain is unchanged', async () => {
    const target = await freshStage('own', 'submitted');
    const before = await target.fingerprint!();
    const answer = await stack.api('POST', `/stages/${target.values.id}/reassign`, { token: tokens.coordinator, body: { level: 0, userId: people.other.plannerId } });
    expect(answer).toMatchObject({ status: 422, body: { errors: { userId: 'es de otra institución' } } });
    expect(await target.fingerprint!()).toEqual(before);
  });

  it('when every row has run, then the figures are printed', () => {
    const expected = accessTable.length * roles.length * sides.length;
    expect(checks).toBe(expected);
    console.log(`[medida] matriz de acceso: ${accessTable.length} operaciones x ${roles.length} roles x ${sides.length} = ${expected} comprobaciones`);
  });
});

// --- Separation of duties -----------------------------------------------------------------------------
// Cells that a role opens but a person may not take: whoever submitted a version, or decided an
// earlier level of it, decides no later level; no reassignment or delegation hands them one, nor a
// person two levels of one chain; on a coordination stage, where MINFIN both submits and approves,
// a second coordinator decides. Each row is refused, changes nothing, and then the same kind of call
// by someone the rule allows goes through, so the refusal is the rule's and not the role's. MAGA,
// which the table above leaves alone, keeps the delegations from touching its stages.

type Person = 'planner' | 'director' | 'deputyDirector' | 'authority' | 'deputyAuthority' | 'admin' | 'coordinator' | 'reviewer';
interface DutyCall {
  by: Person;
  action: 'submit' | 'approve' | 'return' | 'reassign' | 'delegate';
  /** reassign: the level handed; delegate: from whom (by default the caller). */
  level?: number;
  /** reassign and delegate: to whom. */
  to?: Person;
}
interface DutyRow {
  case: string;
  stage: 'twoLevel' | 'coordination';
  /** What happens before the checked call, each step let through. */
  steps: DutyCall[];
  refused: DutyCall;
  refusal: RegExp;
  allowed: DutyCall;
}

const dutyTable: DutyRow[] = [
  { case: 'submitter: a director who submitted approves level 1', stage: 'twoLevel', steps: [{ by: 'director', action: 'submit' }], refused: { by: 'director', action: 'approve' }, refusal: /^Quien presentó esta versión no puede aprobarla/, allowed: { by: 'deputyDirector', action: 'approve' } },
  { case: 'submitter: a director who submitted returns it', stage: 'twoLevel', steps: [{ by: 'director', action: 'submit' }], refused: { by: 'director', action: 'return' }, refusal: /^Quien presentó esta versión no puede devolverla/, allowed: { by: 'deputyDirector', action: 'return' } },
  { case: 'earlier decider: the admin who approved level 1 approves level 2', stage: 'twoLevel', steps: [{ by: 'planner', action: 'submit' }, { by: 'admin', action: 'approve' }], refused: { by: 'admin', action: 'approve' }, refusal: /^Ya decidió un nivel anterior/, allowed: { by: 'authority', action: 'approve' } },
  { case: 'reassign: level 1 handed to the submitter', stage: 'twoLevel', steps: [{ by: 'planner', action: 'submit' }], refused: { by: 'admin', action: 'reassign', level: 0, to: 'planner' }, refusal: /^Quien presentó esta versión/, allowed: { by: 'admin', action: 'reassign', level: 0, to: 'deputyDirector' } },
  { case: 'reassign: level 2 handed to the decider of level 1', stage: 'twoLevel', steps: [{ by: 'planner', action: 'submit' }, { by: 'director', action: 'approve' }], refused: { by: 'authority', action: 'reassign', level: 1, to: 'director' }, refusal: /ya decidió un nivel anterior/, allowed: { by: 'authority', action: 'reassign', level: 1, to: 'deputyAuthority' } },
  { case: 'reassign: one person handed both levels of a chain', stage: 'twoLevel', steps: [{ by: 'planner', action: 'submit' }, { by: 'admin', action: 'reassign', level: 0, to: 'deputyDirector' }], refused: { by: 'admin', action: 'reassign', level: 1, to: 'deputyDirector' }, refusal: /ya tiene delegado el nivel 1/, allowed: { by: 'admin', action: 'reassign', level: 1, to: 'deputyAuthority' } },
  { case: 'coordination: the MINFIN coordinator who submitted approves', stage: 'coordination', steps: [{ by: 'coordinator', action: 'submit' }], refused: { by: 'coordinator', action: 'approve' }, refusal: /^Quien presentó esta versión no puede aprobarla/, allowed: { by: 'reviewer', action: 'approve' } },
  // Last: a delegation hands over every MAGA stage awaiting the authority, the earlier rows' too.
  { case: 'delegate: the authority delegates to the person who submitted', stage: 'twoLevel', steps: [{ by: 'director', action: 'submit' }, { by: 'deputyDirector', action: 'approve' }], refused: { by: 'authority', action: 'delegate', to: 'director' }, refusal: /^Quien presentó esta versión/, allowed: { by: 'authority', action: 'delegate', to: 'deputyAuthority' } },
];

describe('the access matrix: separation of duties', () => {
  const dutyIds = {} as Record<Person, string>;
  const dutyTokens = {} as Record<Person, string>;
  const dutyInstitutions = {} as Record<'maga' | 'minfin', string>;
  let dutyCount = 0;

  beforeAll(async () => {
    dutyInstitutions.maga = (await stack.db.institution.findUniqueOrThrow({ where: { code: 'MAGA' } })).id;
    dutyInstitutions.minfin = (await stack.db.institution.findUniqueOrThrow({ where: { code: 'MINFIN' } })).id;
    const seeded: Partial<Record<Person, string>> = {
      planner: 'planificador.maga@ciclo.test',
      director: 'director.maga@ciclo.test',
      authority: 'autoridad.maga@ciclo.test',
      admin: 'admin@ciclo.test',
      coordinator: 'coordinador.minfin@ciclo.test',
      reviewer: 'revisor.minfin@ciclo.test',
    };
    for (const [person, email] of Object.entries(seeded) as [Person, string][]) dutyIds[person] = (await stack.db.user.findUniqueOrThrow({ where: { email } })).id;
    // A second director and authority of MAGA: someone the rule lets decide or receive a level.
    for (const [person, role] of [['deputyDirector', 'director'], ['deputyAuthority', 'authority']] as const) {
      dutyIds[person] = (await stack.db.user.create({ data: { email: `${person}.${randomUUID()}@ciclo.test`, name: `Suplente ${role} MAGA`, role, institutionId: dutyInstitutions.maga } })).id;
    }
    for (const person of Object.keys(dutyIds) as Person[]) dutyTokens[person] = await openSession(stack.db, dutyIds[person], 1);
  });

  /** A MAGA stage its director then its authority decide, or a MINFIN stage MINFIN submits and approves, with its workflow. */
  async function dutyStage(kind: DutyRow['stage']): Promise<string> {
    const n = ++dutyCount;
    const institutionId = kind === 'twoLevel' ? dutyInstitutions.maga : dutyInstitutions.minfin;
    const approvalChain = kind === 'twoLevel' ? [{ role: 'director' as const, institutionId }, { role: 'authority' as const, institutionId }] : [{ role: 'coordinator' as const, institutionId }];
    const stage = await stack.db.stage.create({
      data: { cycleId: seededStages.own.cycleId, institutionId, code: `duties_${n}`, name: `Etapa de cuatro ojos ${n}`, status: 'draft', deadline: seededStages.own.deadline, approvalChain, workflowId: `access-matrix/duties/${n}/${randomUUID()}` },
    });
    // As a cycle opens it: the coordination stage's submitter is the coordinating institution.
    const input: StageApprovalInput = {
      stageId: stage.id,
      parties: { ownerInstitutionId: institutionId, submitterRole: kind === 'twoLevel' ? 'planner' : 'coordinator', approvalChain },
      deadline: stage.deadline.toISOString(),
      alarms: strategicReview.alarms,
      initial: { snapshot: { status: 'draft', version: 1, overdue: false, reviewLevel: 0 } },
    };
    await stack.temporal.client.workflow.start('stageApproval', { taskQueue: stack.taskQueue, workflowId: stage.workflowId, args: [input] });
    return stage.id;
  }

  function send(call: DutyCall, stageId: string): Promise<ApiAnswer> {
    const token = dutyTokens[call.by];
    switch (call.action) {
      case 'submit':
      case 'approve':
        return stack.api('POST', `/stages/${stageId}/${call.action}`, { token, body: {} });
      case 'return':
        return stack.api('POST', `/stages/${stageId}/return`, { token, body: { comment: 'Faltan las metas físicas', reasonCode: 'incomplete' } });
      case 'reassign':
        return stack.api('POST', `/stages/${stageId}/reassign`, { token, body: { level: call.level, userId: dutyIds[call.to!] } });
      case 'delegate':
        return stack.api('POST', '/delegations', { token, body: { fromUserId: dutyIds[call.by], toUserId: dutyIds[call.to!] } });
    }
  }

  /** A delegation answers 200 for all the stages it handled: this one is refused if it is listed so. */
  const refusalOf = (answer: ApiAnswer, stageId: string): string | undefined =>
    answer.status === 403 ? answer.body.message : answer.status === 200 ? answer.body.refused?.find((r: { stageId: string }) => r.stageId === stageId)?.message : undefined;
  const letThrough = (answer: ApiAnswer, stageId: string) => answer.status === 200 && (!Array.isArray(answer.body.reassigned) || answer.body.reassigned.includes(stageId));

  it.each(dutyTable.map((row) => [row.case, row] as const))('%s', async (_case, row) => {
    const stageId = await dutyStage(row.stage);
    for (const step of row.steps) {
      const answer = await send(step, stageId);
      expect(letThrough(answer, stageId), `${step.by} ${step.action}: ${answer.status} ${JSON.stringify(answer.body)}`).toBe(true);
    }
    const before = await stageState(stageId)();
    const refused = await send(row.refused, stageId);
    const cell = `${row.refused.by} ${row.refused.action}: ${refused.status} ${JSON.stringify(refused.body)}`;
    expect(refusalOf(refused, stageId), cell).toMatch(row.refusal);
    expect(await stageState(stageId)(), `${cell} changed the stage`).toEqual(before);
    const allowed = await send(row.allowed, stageId);
    expect(letThrough(allowed, stageId), `${row.allowed.by} ${row.allowed.action}: ${allowed.status} ${JSON.stringify(allowed.body)}`).toBe(true);
  });
});
