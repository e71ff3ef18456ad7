// The government cycles' use cases: starting a jurisdiction's cycle, reading how far it has got
// (the matrix, the start, the figures) and moving a stage's date for every institution. The API's
// routes parse, call these and present; a refusal is a Refusal, which the API maps to HTTP.
import { QueryNotRegisteredError, type Client } from '@temporalio/client';
import { institutionCodesMatching } from '../administration/institutions';
import type { z } from 'zod';
import type { moveDeadlineBody, progressMatrixQuery, startCycleBody } from '../api/schemas';
import { recordChange } from '../audit/recordChange';
import type { SessionUser } from '../auth/sessions';
import type { Database } from '../db/prisma';
import type { Prisma } from '../db/generated/client';
import type { Actor } from '../domain/actor';
import { calendarTemplate } from '../domain/calendar/template';
import { calendarNow } from '../domain/calendarClock';
import { cycleStatistics, offsetMinutes } from '../domain/cycleStatistics';
import { coordinationRow, progressMatrix, rowMatches, type MatrixReader } from '../domain/progressMatrix';
import { Refusal } from '../domain/refusal';
import type { ApprovalStep } from '../domain/stageRules';
import type { CycleStatisticsAnswer } from '../api/responses';
import { startGovernmentCycle } from '../workflowClient/cycleWorkflows';
import { cycleProgressQuery, moveStageDeadlineUpdate } from '../workflows/cycleMessages';
import { requestUpdateId } from '../workflows/workflowIds';

type CycleRow = Awaited<ReturnType<Database['cycle']['findFirstOrThrow']>>;
/** A cycle with how many institutions it has. */
export type CycleWithCount = CycleRow & { _count?: { institutionCycles: number } };

/** The Stage columns the progress matrix reads (StageRowForProgress but the approval chain). */
const progressStageFields = { id: true, code: true, institutionId: true, scope: true, status: true, reviewLevel: true, overdue: true, deadline: true } as const;
/** What the figures read of a cycle's institutions and stages. */
const statisticsInstitutionFields = { id: true, code: true, name: true, sector: true, kind: true, departmentCode: true } as const;
const statisticsStageFields = {
  id: true,
  code: true,
  name: true,
  scope: true,
  institutionId: true,
  status: true,
  deadline: true,
  approvedAt: true,
  overdue: true,
  institution: { select: statisticsInstitutionFields },
} as const;
const withInstitutionCount = { _count: { select: { institutionCycles: true } } } as const;
/** How long the engine may take to say how far a start has gone, so the console's polling never hangs. */
const startProgressDeadlineMs = 5_000;

/** The cycle's calendar clock: a compressed demo year runs faster than the real one. */
function clockOf(cycle: CycleRow) {
  return {
    scale: cycle.clockScale,
    realEpoch: (cycle.clockRealEpoch ?? cycle.createdAt).toISOString(),
    calendarEpoch: (cycle.clockCalendarEpoch ?? cycle.createdAt).toISOString(),
  };
}

const notFound = () => new Refusal('not_found', 'El ciclo no existe');

export async function listCycles(db: Database, where: Prisma.CycleWhereInput, orderBy: Prisma.CycleOrderByWithRelationInput, skip: number, take: number) {
  const visible = { workflowId: { not: null }, ...where };
  const [rows, total] = await Promise.all([db.cycle.findMany({ where: visible, orderBy, skip, take, include: withInstitutionCount }), db.cycle.count({ where: visible })]);
  return { rows, total };
}

export async function findCycle(db: Database, id: string): Promise<CycleWithCount> {
  const cycle = await db.cycle.findUnique({ where: { id }, include: withInstitutionCount });
  if (!cycle) throw notFound();
  return cycle;
}

export async function listInstitutionCycles(db: Database, where: Prisma.InstitutionCycleWhereInput, orderBy: Prisma.InstitutionCycleOrderByWithRelationInput, skip: number, take: number) {
  const [rows, total] = await Promise.all([
    db.institutionCycle.findMany({ where, include: { institution: true, cycle: true }, orderBy, skip, take }),
    db.institutionCycle.count({ where }),
  ]);
  return { rows, total };
}

/**
 * Starts the government cycle for the institutions named or those the filter chooses, and records
 * who started it (once per cycle: the key is the cycle's).
 */
export async function startCycle(db: Database, temporal: Client, taskQueue: string, user: SessionUser, body: z.output<typeof startCycleBody>, present: (cycle: CycleWithCount) => object) {
  const { institutionFilter, institutionCodes, ...rest } = body;
  const codes = institutionCodes ?? (await institutionCodesMatching(db, institutionFilter!));
  if (codes.length === 0) throw new Refusal('rejected', 'Ninguna institución activa cumple el filtro', { institutionFilter: 'no elige ninguna institución' });
  const started = await startGovernmentCycle(temporal, db, taskQueue, { ...rest, institutionCodes: codes });
  const cycle = { ...started, _count: { institutionCycles: codes.length } };
  await recordChange(db, {
    actor: user,
    entity: 'cycles',
    entityId: cycle.id,
    action: 'started',
    eventKey: `cycles:started:${cycle.id}`,
    after: { ...present(cycle), templateCode: rest.templateCode, institutions: codes.length, institutionCodes: codes, ...(institutionFilter ? { institutionFilter } : {}) },
  });
  return cycle;
}

/** Which rows of the matrix to read: who the institutions are, a stage status, and the page. */
export type ProgressSelection = z.output<typeof progressMatrixQuery>;

/**
 * The institution x stage matrix at the cycle's calendar time, with the coordinators' own stages
 * apart: the institutions that pass the selection's filters, in code order, one page of them
 * (all without perPage). With no status filter only the page's stages are read; a status filter
 * needs every matching institution's cells before it can page.
 */
export async function cycleProgress(db: Database, cycleId: string, nowMs: number, selection: ProgressSelection = { page: 1 }, reader?: MatrixReader) {
  const { status, page, perPage } = selection;
  const who = institutionsSelected(selection);
  const members = { cycleId, ...(who ? { institution: who } : {}) };
  const pageFirst = !status && perPage !== undefined;
  // The cycle and its members at once: a page is three round trips to the database.
  const [cycle, total, matchingMembers, chosen] = await Promise.all([
    db.cycle.findUnique({ where: { id: cycleId } }),
    db.institutionCycle.count({ where: { cycleId } }),
    pageFirst && who ? db.institutionCycle.count({ where: members }) : null,
    db.institutionCycle.findMany({
      where: members,
      select: { institution: { select: { id: true, code: true, timeZone: true } } },
      orderBy: { institution: { code: 'asc' } },
      ...(pageFirst ? { skip: (page - 1) * perPage, take: perPage } : {}),
    }),
  ]);
  if (!cycle?.templateSnapshot) throw notFound();
  const template = calendarTemplate.parse(cycle.templateSnapshot);
  const ofChosen: Prisma.StageWhereInput = who || pageFirst ? { OR: [{ scope: 'coordination' }, { institutionId: { in: chosen.map((m) => m.institution.id) } }] } : {};
  const { rows, chains } = await progressStages(db, { cycleId, ...ofChosen }, chosen.length <= fewInstitutions);
  // Institution codes: the chosen ones', and those of the coordinators and reviewers the stages name.
  const codes = new Map(chosen.map((m) => [m.institution.id, m.institution.code]));
  const named = new Set([...rows.map((r) => r.institutionId), ...[...chains.values()].flatMap((chain) => (chain ?? []).map((step) => step.institutionId))]);
  const unknown = [...named].filter((id) => !codes.has(id));
  if (unknown.length) for (const i of await db.institution.findMany({ where: { id: { in: unknown } }, select: { id: true, code: true } })) codes.set(i.id, i.code);
  const codeOf = (id: string) => codes.get(id) ?? '?';
  // Field by field: spreading six thousand rows took twice as long.
  const stageRows = rows.map((r) => ({
    id: r.id,
    code: r.code,
    institutionId: r.institutionId,
    scope: r.scope,
    status: r.status,
    reviewLevel: r.reviewLevel,
    overdue: r.overdue,
    deadline: r.deadline.toISOString(),
    approvalChain: chains.get(r.id) ?? null,
  }));
  const calendarNowMs = Date.parse(calendarNow(clockOf(cycle), nowMs));
  const coordination = coordinationRow(template.stages, stageRows.filter((r) => r.scope === 'coordination'), codeOf, calendarNowMs, reader);
  const matrix = progressMatrix(template.stages, chosen.map((m) => m.institution), stageRows.filter((r) => r.scope === 'institution'), codeOf, calendarNowMs, reader);
  const matching = status ? matrix.filter((row) => rowMatches(row.cells, status)) : matrix;
  const pageRows = pageFirst || perPage === undefined ? matching : matching.slice((page - 1) * perPage, page * perPage);
  return {
    cycleId: cycle.id,
    calendarNow: new Date(calendarNowMs).toISOString(),
    stages: template.stages.map((s) => ({ code: s.code, name: s.name, scope: s.scope, order: s.order })),
    coordination,
    // The coordinators' row belongs to no sector, type or department, and to no search.
    coordinationMatches: !who && rowMatches(coordination, status),
    institutions: pageRows,
    total,
    matching: pageFirst ? (matchingMembers ?? total) : matching.length,
    page,
    perPage: perPage ?? null,
  };
}

/** Up to this many institutions, their stages are read with their approval chains in one query. */
const fewInstitutions = 100;

/**
 * The matrix's stage rows and the approval chains of those awaiting a decision (which name who
 * holds them). For a few institutions, one query; for many, only the columns shown and then the
 * chains (JSON, slow to read) of the stages awaiting a decision alone, in one snapshot: with a
 * thousand institutions, reading whole rows was most of the time.
 */
async function progressStages(db: Database, where: Prisma.StageWhereInput, few: boolean) {
  if (few) {
    const rows = await db.stage.findMany({ where, select: { ...progressStageFields, approvalChain: true } });
    return { rows, chains: new Map(rows.filter((r) => r.status === 'submitted' || r.status === 'in_review').map((r) => [r.id, r.approvalChain as ApprovalStep[] | null])) };
  }
  const [rows, awaiting] = await db.$transaction(
    [db.stage.findMany({ where, select: progressStageFields }), db.stage.findMany({ where: { ...where, status: { in: ['submitted', 'in_review'] } }, select: { id: true, approvalChain: true } })],
    { isolationLevel: 'RepeatableRead' },
  );
  return { rows, chains: new Map(awaiting.map((s) => [s.id, s.approvalChain as ApprovalStep[] | null])) };
}

/** The institutions a selection keeps (undefined: all of them). */
function institutionsSelected({ q, sector, kind, department }: ProgressSelection): Prisma.InstitutionWhereInput | undefined {
  if (!q && !sector && !kind && !department) return undefined;
  return {
    ...(q ? { OR: [{ code: { contains: q, mode: 'insensitive' } }, { name: { contains: q, mode: 'insensitive' } }] } : {}),
    ...(sector ? { sector } : {}),
    ...(kind ? { kind } : {}),
    ...(department ? { departmentCode: department } : {}),
  };
}

/**
 * How far the start has gone: institution cycles started and ended, read from the government
 * cycle itself (starting hundreds takes a while). Null when the engine did not answer in time.
 */
export async function cycleStartProgress(db: Database, temporal: Client, cycleId: string) {
  const cycle = await db.cycle.findUnique({ where: { id: cycleId }, include: withInstitutionCount });
  if (!cycle?.workflowId) throw notFound();
  const institutions = cycle._count.institutionCycles;
  if (cycle.status === 'completed') return { cycleId: cycle.id, institutions, started: institutions, completed: institutions };
  const handle = temporal.workflow.getHandle(cycle.workflowId);
  const progress = await temporal.withDeadline(Date.now() + startProgressDeadlineMs, () => handle.query(cycleProgressQuery)).catch((error: unknown) => {
    // Until the cycle has loaded its template it has no query handler, nor started anyone.
    if (error instanceof QueryNotRegisteredError) return { institutions, institutionsStarted: 0, institutionsCompleted: 0 };
    return null;
  });
  if (!progress) return null;
  // Cycles started before the count existed had started every institution long ago.
  const started = progress.institutionsStarted ?? progress.institutions;
  return { cycleId: cycle.id, institutions, started, completed: progress.institutionsCompleted };
}

/** On-time share per stage, completion over time and overdue stages per institution (domain/cycleStatistics). */
export async function cycleFigures(db: Database, cycleId: string, nowMs: number): Promise<CycleStatisticsAnswer> {
  const cycle = await db.cycle.findUnique({ where: { id: cycleId } });
  if (!cycle) throw notFound();
  const [members, rows, events] = await Promise.all([
    db.institutionCycle.findMany({ where: { cycleId: cycle.id }, select: { institution: { select: statisticsInstitutionFields } }, orderBy: { institution: { code: 'asc' } } }),
    // Only the columns the figures read: whole rows (JSON chains and all) of a national cycle took most of the time.
    db.stage.findMany({ where: { cycleId: cycle.id }, select: statisticsStageFields, orderBy: { deadline: 'asc' } }),
    db.auditEvent.findMany({ where: { stage: { cycleId: cycle.id }, action: { in: ['approved', 'overdue'] } }, select: { stageId: true, action: true, at: true } }),
  ]);
  // A cycle without a template (the demo's standalone stages) is read from its rows alone.
  const template = cycle.templateSnapshot ? calendarTemplate.parse(cycle.templateSnapshot) : undefined;
  const stages = template?.stages ?? [...new Map(rows.map((r, i) => [r.code, { code: r.code, name: { es: r.name, en: r.name }, order: i, scope: r.scope }])).values()];
  const institutions = (members.length ? members.map((m) => m.institution) : [...new Map(rows.filter((r) => r.scope === 'institution').map((r) => [r.institutionId, r.institution])).values()])
    .sort((a, b) => a.code.localeCompare(b.code));
  const statistics = cycleStatistics({
    stages,
    institutions,
    rows: rows.map((r) => ({ ...r, deadline: r.deadline.toISOString(), approvedAt: r.approvedAt?.toISOString() ?? null })),
    events: events.flatMap(({ stageId, ...e }) => (stageId ? [{ ...e, stageId, at: e.at.toISOString() }] : [])),
    calendarNowMs: Date.parse(calendarNow(clockOf(cycle), nowMs)),
    utcOffsetMinutes: offsetMinutes(template?.utcOffset ?? '-06:00'),
  });
  return { cycleId: cycle.id, ...statistics };
}

/**
 * Moves a stage's date for every institution of the cycle (an Update to the government cycle),
 * and records who moved it and why; a request retried with its requestId is recorded once.
 */
export async function moveCycleDeadline(db: Database, temporal: Client, user: SessionUser, actor: Actor, cycleId: string, body: z.output<typeof moveDeadlineBody>) {
  const cycle = await db.cycle.findUnique({ where: { id: cycleId } });
  if (!cycle?.workflowId) throw notFound();
  if (cycle.status === 'completed') throw new Refusal('conflict', 'El ciclo ya terminó');
  const stored = await db.stage.findFirst({ where: { cycleId: cycle.id, code: body.stageCode }, orderBy: { deadline: 'desc' }, select: { deadline: true } });
  const moved = await temporal.workflow.getHandle(cycle.workflowId).executeUpdate(moveStageDeadlineUpdate, {
    args: [{ actor, stageCode: body.stageCode, deadline: new Date(body.deadline).toISOString(), comment: body.comment }],
    updateId: requestUpdateId('moveDeadline', body.requestId),
  });
  await recordChange(db, {
    actor: user,
    entity: 'cycles',
    entityId: cycle.id,
    action: 'deadline_moved',
    comment: body.comment,
    ...(body.requestId ? { eventKey: `cycles:deadline_moved:${cycle.id}:${body.requestId}` } : {}),
    before: { stageCode: body.stageCode, deadline: stored?.deadline.toISOString() ?? null },
    after: moved,
  });
  return moved;
}
