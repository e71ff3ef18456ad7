// /api/cycles: start a jurisdiction's cycle, list cycles, the progress matrix, and dates moved
// for every institution. /api/institution-cycles lists each institution's path.
import { Router } from 'express';
import { QueryNotRegisteredError, type Client } from '@temporalio/client';
import { institutionCodesMatching } from '../../administration/institutions';
import { recordChange } from '../../audit/recordChange';
import type { Database } from '../../db/prisma';
import { calendarTemplate } from '../../domain/calendar/template';
import { calendarNow } from '../../domain/calendarClock';
import { cycleStatistics, offsetMinutes } from '../../domain/cycleStatistics';
import { coordinationRow, progressMatrix } from '../../domain/progressMatrix';
import type { ApprovalStep } from '../../domain/stageRules';
import { startGovernmentCycle } from '../../workflowClient/cycleWorkflows';
import { cycleProgressQuery, moveStageDeadlineUpdate } from '../../workflows/cycleMessages';
import { actorOf, requireRole } from '../authenticate';
import { HttpError, notFound } from '../httpErrors';
import { pagination, setContentRange } from '../listQuery';
import type { CycleProgress, CycleRecord, CycleStartProgress, InstitutionCycleRecord } from '../responses';
import { cycleListQuery, institutionCycleListQuery, moveDeadlineBody, startCycleBody } from '../schemas';

/** Still importable from here, as before the schemas moved to ../schemas. */
export { startCycleBody };

const coordinators = ['coordinator', 'admin'] as const;
/** The Stage columns the progress matrix reads (StageRowForProgress but the approval chain). */
const progressStageFields = { id: true, code: true, institutionId: true, scope: true, status: true, reviewLevel: true, overdue: true, deadline: true } as const;
const startProgressDeadlineMs = 5_000;

type CycleRow = Awaited<ReturnType<Database['cycle']['findFirstOrThrow']>>;
function presentCycle(cycle: CycleRow & { _count?: { institutionCycles: number } }): CycleRecord {
  return {
    id: cycle.id,
    jurisdiction: cycle.jurisdiction,
    fiscalYear: cycle.fiscalYear,
    phase: cycle.phase,
    status: cycle.status,
    workflowId: cycle.workflowId,
    timeScale: cycle.clockScale,
    institutions: cycle._count?.institutionCycles ?? null,
    createdAt: cycle.createdAt.toISOString(),
  };
}

function clockOf(cycle: CycleRow) {
  return {
    scale: cycle.clockScale,
    realEpoch: (cycle.clockRealEpoch ?? cycle.createdAt).toISOString(),
    calendarEpoch: (cycle.clockCalendarEpoch ?? cycle.createdAt).toISOString(),
  };
}

export function cycleRoutes(db: Database, temporal: Client, taskQueue: string): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const { sort, range, filter = {} } = cycleListQuery.parse(req.query);
    const where = { workflowId: { not: null }, ...filter };
    const { skip, take } = pagination(range);
    const [field, order] = sort ?? ['fiscalYear', 'DESC'];
    const [rows, total] = await Promise.all([
      db.cycle.findMany({ where, orderBy: { [field]: order.toLowerCase() }, skip, take, include: { _count: { select: { institutionCycles: true } } } }),
      db.cycle.count({ where }),
    ]);
    setContentRange(res, 'cycles', skip, rows.length, total);
    res.json(rows.map(presentCycle));
  });

  router.get('/:id', async (req, res) => {
    const cycle = await db.cycle.findUnique({ where: { id: req.params.id }, include: { _count: { select: { institutionCycles: true } } } });
    if (!cycle) throw notFound('El ciclo');
    res.json(presentCycle(cycle));
  });

  /** POST {fiscalYear, templateCode, institutionCodes | institutionFilter}: starts the government cycle. */
  router.post('/', async (req, res) => {
    const user = requireRole(res, [...coordinators], 'Solo un coordinador puede iniciar un ciclo');
    const { institutionFilter, institutionCodes, ...body } = startCycleBody.parse(req.body ?? {});
    const codes = institutionCodes ?? (await institutionCodesMatching(db, institutionFilter!));
    if (codes.length === 0) throw new HttpError(422, 'Ninguna institución activa cumple el filtro', { institutionFilter: 'no elige ninguna institución' });
    const cycle = await startGovernmentCycle(temporal, db, taskQueue, { ...body, institutionCodes: codes });
    // One start per cycle: the key is the cycle's, so the row is written once.
    await recordChange(db, {
      actor: user,
      entity: 'cycles',
      entityId: cycle.id,
      action: 'started',
      eventKey: `cycles:started:${cycle.id}`,
      after: { ...presentCycle(cycle), templateCode: body.templateCode, institutions: codes.length, institutionCodes: codes, ...(institutionFilter ? { institutionFilter } : {}) },
    });
    res.status(201).json(presentCycle({ ...cycle, _count: { institutionCycles: codes.length } }));
  });

  /** The institution x stage matrix, with the coordinators' own stages apart. */
  router.get('/:id/progress', async (req, res) => {
    const cycle = await db.cycle.findUnique({ where: { id: req.params.id } });
    if (!cycle?.templateSnapshot) throw notFound('El ciclo');
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
    const nowMs = Date.parse(calendarNow(clockOf(cycle), Date.now()));
    res.json({
      cycleId: cycle.id,
      calendarNow: new Date(nowMs).toISOString(),
      stages: template.stages.map((s) => ({ code: s.code, name: s.name, scope: s.scope, order: s.order })),
      coordination: coordinationRow(template.stages, stageRows.filter((r) => r.scope === 'coordination'), codeOf, nowMs),
      institutions: progressMatrix(template.stages, members.map((m) => m.institution), stageRows.filter((r) => r.scope === 'institution'), codeOf, nowMs),
    } satisfies CycleProgress);
  });

  /**
   * How far the start has gone: institution cycles started and ended, read from the government
   * cycle itself. Starting hundreds takes a while; the console polls this for its progress bar.
   */
  router.get('/:id/start-progress', async (req, res) => {
    const cycle = await db.cycle.findUnique({ where: { id: req.params.id }, include: { _count: { select: { institutionCycles: true } } } });
    if (!cycle?.workflowId) throw notFound('El ciclo');
    const institutions = cycle._count.institutionCycles;
    if (cycle.status === 'completed') {
      res.json({ cycleId: cycle.id, institutions, started: institutions, completed: institutions } satisfies CycleStartProgress);
      return;
    }
    const handle = temporal.workflow.getHandle(cycle.workflowId);
    // A busy or stopped worker must not hang the console's polling.
    const progress = await temporal.withDeadline(Date.now() + startProgressDeadlineMs, () => handle.query(cycleProgressQuery)).catch((error: unknown) => {
      // Until the cycle has loaded its template it has no query handler, nor started anyone.
      if (error instanceof QueryNotRegisteredError) return { institutions, institutionsStarted: 0, institutionsCompleted: 0 };
      throw new HttpError(503, 'El motor de flujos no respondió sobre el inicio del ciclo; se reintentará');
    });
    // Cycles started before the count existed had started every institution long ago.
    const started = progress.institutionsStarted ?? progress.institutions;
    res.json({ cycleId: cycle.id, institutions, started, completed: progress.institutionsCompleted } satisfies CycleStartProgress);
  });

  /** On-time share per stage, completion over time and overdue stages per institution (domain/cycleStatistics). */
  router.get('/:id/statistics', async (req, res) => {
    const cycle = await db.cycle.findUnique({ where: { id: req.params.id } });
    if (!cycle) throw notFound('El ciclo');
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
      calendarNowMs: Date.parse(calendarNow(clockOf(cycle), Date.now())),
      utcOffsetMinutes: offsetMinutes(template?.utcOffset ?? '-06:00'),
    });
    res.json({ cycleId: cycle.id, ...statistics });
  });

  /** POST {stageCode, deadline}: moves a stage's date for every institution of the cycle. */
  router.post('/:id/move-deadline', async (req, res) => {
    const user = requireRole(res, [...coordinators], 'Solo un coordinador puede mover una fecha');
    const body = moveDeadlineBody.parse(req.body ?? {});
    const cycle = await db.cycle.findUnique({ where: { id: req.params.id } });
    if (!cycle?.workflowId) throw notFound('El ciclo');
    if (cycle.status === 'completed') throw new HttpError(409, 'El ciclo ya terminó');
    const stored = await db.stage.findFirst({ where: { cycleId: cycle.id, code: body.stageCode }, orderBy: { deadline: 'desc' }, select: { deadline: true } });
    const moved = await temporal.workflow.getHandle(cycle.workflowId).executeUpdate(moveStageDeadlineUpdate, {
      args: [{ actor: actorOf(user), stageCode: body.stageCode, deadline: new Date(body.deadline).toISOString(), comment: body.comment }],
      updateId: body.requestId,
    });
    // Who moved the date and why; a request retried with its requestId is recorded once.
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
    res.json(moved);
  });

  return router;
}

export function institutionCycleRoutes(db: Database): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const { sort, range, filter = {} } = institutionCycleListQuery.parse(req.query);
    const { skip, take } = pagination(range);
    const [field, order] = sort ?? ['createdAt', 'ASC'];
    const [rows, total] = await Promise.all([
      db.institutionCycle.findMany({ where: filter, include: { institution: true, cycle: true }, orderBy: { [field]: order.toLowerCase() }, skip, take }),
      db.institutionCycle.count({ where: filter }),
    ]);
    setContentRange(res, 'institution-cycles', skip, rows.length, total);
    res.json(rows.map((r) => ({ id: r.id, cycleId: r.cycleId, fiscalYear: r.cycle.fiscalYear, institutionId: r.institutionId, institutionCode: r.institution.code, institutionName: r.institution.name, status: r.status, workflowId: r.workflowId }) satisfies InstitutionCycleRecord));
  });
  return router;
}
