// /api/stages: the stages people track, and the approval actions sent to their workflows.
import { Router } from 'express';
import type { Client } from '@temporalio/client';
import type { Database } from '../../db/prisma';
import type { SessionUser } from '../../auth/sessions';
import { daysToDeadline } from '../../domain/deadlines';
import { awaitingDecisionOf } from '../../domain/pendingApprovals';
import type { ApprovalStep } from '../../domain/stageRules';
import { actOnStage, extendStageDeadline, reassignStageApprover, type StageActionName } from '../../workflowClient/stageWorkflows';
import { actorOf, currentUser, institutionScope } from '../authenticate';
import { forbidden, HttpError, notFound } from '../httpErrors';
import { pagination, setContentRange } from '../listQuery';
import type { StageRecord } from '../responses';
import { extendStageBody, reassignStageBody, stageActionBodies, stageListQuery } from '../schemas';

const withInstitution = { institution: true, cycle: true } as const;
type StageWithInstitution = Awaited<ReturnType<Database['stage']['findFirstOrThrow']>> & {
  institution: { code: string; name: string; timeZone: string };
  cycle: { fiscalYear: number; jurisdiction: string };
};

function presentStage(stage: StageWithInstitution): StageRecord {
  return {
    id: stage.id,
    cycleId: stage.cycleId,
    fiscalYear: stage.cycle.fiscalYear,
    institutionId: stage.institutionId,
    institutionCode: stage.institution.code,
    institutionName: stage.institution.name,
    timeZone: stage.institution.timeZone,
    code: stage.code,
    name: stage.name,
    scope: stage.scope,
    status: stage.status,
    version: stage.version,
    reviewLevel: stage.reviewLevel,
    approvalChain: stage.approvalChain as ApprovalStep[] | null,
    deadline: stage.deadline.toISOString(),
    daysToDeadline: daysToDeadline(stage.deadline.toISOString(), Date.now()),
    overdue: stage.overdue,
    lastComment: stage.lastComment,
    workflowId: stage.workflowId,
    updatedAt: stage.updatedAt.toISOString(),
  };
}

export function stageRoutes(db: Database, temporal: Client): Router {
  const router = Router();

  /** GET /api/stages?sort&range&filter (ra-data-simple-rest) */
  router.get('/', async (req, res) => {
    const { sort, range, filter = {} } = stageListQuery.parse(req.query);
    const user = currentUser(res);
    const scope = institutionScope(user);
    const idCondition: { in?: string[]; notIn?: string[] } = {};
    if (filter.id) idCondition.in = ([] as string[]).concat(filter.id);
    if (filter.awaitingMe !== undefined) {
      // The approval chain is JSON: whom a stage awaits is judged in code (domain/pendingApprovals), then filtered by id.
      const awaiting = await awaitingDecisionIds(user, scope);
      if (!filter.awaitingMe) idCondition.notIn = awaiting;
      else idCondition.in = idCondition.in ? idCondition.in.filter((id) => awaiting.includes(id)) : awaiting;
    }
    const where = {
      ...(Object.keys(idCondition).length ? { id: idCondition } : {}),
      ...(filter.cycleId ? { cycleId: filter.cycleId } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.overdue !== undefined ? { overdue: filter.overdue } : {}),
      ...(filter.institutionId ? { institutionId: filter.institutionId } : {}),
      ...(scope !== undefined ? { institutionId: scope } : {}),
    };
    const { skip, take } = pagination(range);
    const [field, order] = sort ?? ['deadline', 'ASC'];
    const [rows, total] = await Promise.all([
      db.stage.findMany({ where, include: withInstitution, orderBy: [{ [field]: order.toLowerCase() }, { id: 'asc' }], skip, take }),
      db.stage.count({ where }),
    ]);
    setContentRange(res, 'stages', skip, rows.length, total);
    res.json(rows.map(presentStage));
  });

  router.get('/:id', async (req, res) => {
    const user = currentUser(res);
    res.json(await presentForReader(await visibleStage(req.params.id, user), user));
  });

  /** POST /api/stages/:id/submit|approve|return|recall: an Update to the stage's workflow. */
  for (const action of Object.keys(stageActionBodies) as StageActionName[]) {
    router.post(`/:id/${action}`, async (req, res) => {
      const body = stageActionBodies[action].parse(req.body ?? {});
      const user = currentUser(res);
      const stage = await visibleStage(req.params.id, user);
      const { requestId: updateId, ...details } = body;
      await actOnStage(temporal, stage.workflowId, action, { actor: actorOf(user), ...details } as never, updateId);
      res.json(await presentForReader(await db.stage.findUniqueOrThrow({ where: { id: stage.id }, include: withInstitution }), user));
    });
  }

  /** POST {newDeadline, comment}: a coordinator extends this stage's deadline. */
  router.post('/:id/extend', async (req, res) => {
    const { requestId: updateId, newDeadline, comment: reason } = extendStageBody.parse(req.body ?? {});
    const user = currentUser(res);
    const stage = await visibleStage(req.params.id, user);
    await extendStageDeadline(temporal, stage.workflowId, { actor: actorOf(user), newDeadline: new Date(newDeadline).toISOString(), comment: reason }, updateId);
    res.json(presentStage(await db.stage.findUniqueOrThrow({ where: { id: stage.id }, include: withInstitution })));
  });

  /** POST {level, userId}: delegates a level of the approval chain to one person. */
  router.post('/:id/reassign', async (req, res) => {
    const { requestId: updateId, level, userId, comment: note } = reassignStageBody.parse(req.body ?? {});
    const user = currentUser(res);
    const stage = await visibleStage(req.params.id, user);
    const assignee = await db.user.findUnique({ where: { id: userId } });
    if (!assignee) throw new HttpError(422, 'La persona indicada no existe', { userId: 'no existe' });
    // The mail to the assignee carries approve links: a level is never handed outside the institution that decides it.
    const decidingInstitution = ((stage.approvalChain as ApprovalStep[] | null) ?? [{ institutionId: stage.institutionId }])[level]?.institutionId;
    if (decidingInstitution && assignee.institutionId !== decidingInstitution) throw new HttpError(422, 'Solo se delega dentro de la misma institución', { userId: 'es de otra institución' });
    const state = await reassignStageApprover(temporal, stage.workflowId, { actor: actorOf(user), level, assignee: { userId: assignee.id, name: assignee.name }, comment: note }, updateId);
    res.json({ ...presentStage(stage), approvalChain: state.approvalChain });
  });

  const visibleStage = (id: string, user: SessionUser) => findVisibleStage(db, id, user);

  /**
   * One stage with `recallable`: whether the reader sent the version awaiting its first decision,
   * so the console offers them "Retirar envío". The audit trail says who sent it; the workflow decides.
   */
  async function presentForReader(stage: StageWithInstitution, user: SessionUser): Promise<StageRecord> {
    const sent =
      stage.status === 'submitted'
        ? await db.auditEvent.findFirst({ where: { stageId: stage.id, action: 'submitted', version: stage.version }, orderBy: { at: 'desc' }, select: { actorId: true } })
        : null;
    return { ...presentStage(stage), recallable: sent?.actorId === user.userId };
  }

  /** The ids of the stages, among those the user sees, whose awaited decision is theirs. */
  async function awaitingDecisionIds(user: SessionUser, scope: string | undefined): Promise<string[]> {
    const open = await db.stage.findMany({
      where: { status: { in: ['submitted', 'in_review'] }, ...(scope !== undefined ? { institutionId: scope } : {}) },
      select: { id: true, status: true, reviewLevel: true, approvalChain: true },
    });
    const person = { userId: user.userId, role: user.role, institutionId: user.institutionId };
    return awaitingDecisionOf(open.map((s) => ({ ...s, approvalChain: s.approvalChain as ApprovalStep[] | null })), person).map((s) => s.id);
  }

  return router;
}

/** The stage, if the user may see it: 404 when there is none, 403 when it is another institution's. */
export async function findVisibleStage(db: Database, id: string, user: SessionUser) {
  const stage = await db.stage.findUnique({ where: { id }, include: withInstitution });
  if (!stage) throw notFound('La etapa');
  const scope = institutionScope(user);
  if (scope !== undefined && stage.institutionId !== scope) throw forbidden('La etapa pertenece a otra institución');
  return stage;
}
