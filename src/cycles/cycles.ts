// The government cycles' use cases: starting a jurisdiction's cycle, reading how far it has got
// (the matrix, the start, the figures) and moving a stage's date for every institution. The API's
// routes parse, call these and present; a refusal is a Refusal, which the API maps to HTTP.
import { QueryNotRegisteredError, type Client } from '@temporalio/client';
import { institutionCodesMatching } from '../administration/institutions';
import type { z } from 'zod';
import type { moveDeadlineBody, startCycleBody } from '../api/schemas';
import { recordChange } from '../audit/recordChange';
import type { SessionUser } from '../auth/sessions';
import type { Database } from '../db/prisma';
import type { Prisma } from '../db/generated/client';
import type { Actor } from '../domain/actor';
import { calendarTemplate } from '../domain/calendar/template';
import { calendarNow } from '../domain/calendarClock';
import { cycleStatistics, offsetMinutes } from '../domain/cycleStatistics';
import { coordinationRow, progressMatrix } from '../domain/progressMatrix';
import { Refusal } from '../domain/refusal';
import type { ApprovalStep } from '../domain/stageRules';
import type { CycleStatisticsAnswer } from '../api/responses';
import { startGovernmentCycle } from '../workflowClient/cycleWorkflows';
import { cycleProgressQuery, moveStageDeadlineUpdate } from '../workflows/cycleMessages';

type CycleRow = Awaited<ReturnType<Database['cycle']['findFirstOrThrow']>>;
/** A cycle with how many institutions it has. */
export type CycleWithCount = CycleRow & { _count?: { institutionCycles: number } };

/** The Stage columns the progress matrix reads (StageRowForProgress but the approval chain). */
const progressStageFields = { id: true, code: true, institutionId: true, scope: true, status: true, reviewLevel: true, overdue: true, deadline: true } as const;
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

/** The institution x stage matrix at the cycle's calendar time, with the coordinators' own stages apart. */
export async function cycleProgress(db: Database, cycleId: string, nowMs: number) {
  const cycle = await db.cycle.findUnique({ where: { id: cycleId } });
  if (!cycle?.templateSnapshot) throw notFound();
  const template = calendarTemplate.parse(cycle.templateSnapshot);
  // Only the columns the matrix shows, and the approval chain (JSON, slow to read) only of the
  // stages awaiting a decision, whose holder it names: with a thousand institutions, reading
  // whole rows was most of the time. One snapshot for both reads of the stages.
  const [members, [rows, awaiting], institutions] = await Promise.all([
    db.institutionCycle.findMany({ where: { cycleId: cycle.id }, select: { institution: { select: { id: true, code: true, timeZone: true } } }, orderBy: { institution: { code: 'asc' } } }),
    db.$transaction(
      [
        db.stage.findMany({ where: { cycleId: cycle.id }, select: progressStageFields }),
        db.stage.findMany({ where: { cycleId: cycle.id, status: { in: ['submitted', 'in_review'] } }, select: { id: true, approvalChain: true } }),
      ],
      { isolationLevel: 'RepeatableRead' },
    ),
    db.institution.findMany({ select: { id: true, code: true } }),
  ]);
  const codes = new Map(institutions.map((i) => [i.id, i.code]));
  const codeOf = (id: string) => codes.get(id) ?? '?';
  const chains = new Map(awaiting.map((s) => [s.id, s.approvalChain as ApprovalStep[] | null]));
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
  return {
    cycleId: cycle.id,
    calendarNow: new Date(calendarNowMs).toISOString(),
    stages: template.stages.map((s) => ({ code: s.code, name: s.name, scope: s.scope, order: s.order })),
    coordination: coordinationRow(template.stages, stageRows.filter((r) => r.scope === 'coordination'), codeOf, calendarNowMs),
    institutions: progressMatrix(template.stages, members.map((m) => m.institution), stageRows.filter((r) => r.scope === 'institution'), codeOf, calendarNowMs),
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
    db.institutionCycle.findMany({ where: { cycleId: cycle.id }, include: { institution: true }, orderBy: { institution: { code: 'asc' } } }),
    db.stage.findMany({ where: { cycleId: cycle.id }, include: { institution: true }, orderBy: { deadline: 'asc' } }),
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
    updateId: body.requestId,
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
