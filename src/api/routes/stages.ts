// /api/stages: the stages people track, and the approval actions sent to their workflows. The work
// is src/stages/stages.ts's; here requests are parsed and answers presented.
import { Router } from 'express';
import type { Client } from '@temporalio/client';
import type { Database } from '../../db/prisma';
import type { SessionUser } from '../../auth/sessions';
import { daysToDeadline } from '../../domain/deadlines';
import type { ApprovalStep } from '../../domain/stageRules';
import { actOnVisibleStage, extendVisibleStage, findVisibleStage, listStages, reassignVisibleStage, sentByReader, type StageWithInstitution } from '../../stages/stages';
import type { StageActionName } from '../../workflowClient/stageWorkflows';
import { decideStages } from '../../stages/bulkDecisions';
import { actorOf, currentUser } from '../authenticate';
import { errorAnswer } from '../httpErrors';
import { listHandler } from '../listQuery';
import type { StageDecisionsResult, StageRecord } from '../responses';
import { extendStageBody, reassignStageBody, stageActionBodies, stageDecisionsBody, stageListQuery } from '../schemas';

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

  /** One stage with `recallable`: whether the reader may withdraw the version awaiting its first decision. */
  const presentForReader = async (stage: StageWithInstitution, user: SessionUser): Promise<StageRecord> => ({ ...presentStage(stage), recallable: await sentByReader(db, stage, user) });

  /** GET /api/stages?sort&range&filter (ra-data-simple-rest) */
  router.get('/', listHandler(stageListQuery, 'stages', ['deadline', 'ASC'], ({ filter, orderBy, skip, take, res }) => listStages(db, currentUser(res), filter, orderBy, skip, take), presentStage));

  /** POST {action, stages: [{stageId, requestId}], comment, reasonCode}: one decision on many stages, each answered on its own. */
  router.post('/decisions', async (req, res) => {
    const { stages, action, ...details } = stageDecisionsBody.parse(req.body ?? {});
    const user = currentUser(res);
    const outcomes = await decideStages(db, temporal, user, actorOf(user), { action, stages, details });
    const results: StageDecisionsResult['results'] = outcomes.map(({ stageId, requestId, ...outcome }) => {
      if ('decided' in outcome) return { stageId, requestId, ok: true, stage: presentStage(outcome.decided) };
      const { status, body } = errorAnswer(outcome.failure);
      return { stageId, requestId, ok: false, status, message: body.message };
    });
    const decided = results.filter((result) => result.ok).length;
    res.json({ decided, failed: results.length - decided, results } satisfies StageDecisionsResult);
  });

  router.get('/:id', async (req, res) => {
    const user = currentUser(res);
    res.json(await presentForReader(await findVisibleStage(db, req.params.id, user), user));
  });

  /** POST /api/stages/:id/submit|approve|return|recall: an Update to the stage's workflow. */
  for (const action of Object.keys(stageActionBodies) as StageActionName[]) {
    router.post(`/:id/${action}`, async (req, res) => {
      const { requestId, ...details } = stageActionBodies[action].parse(req.body ?? {});
      const user = currentUser(res);
      res.json(await presentForReader(await actOnVisibleStage(db, temporal, user, actorOf(user), req.params.id, action, details, requestId), user));
    });
  }

  /** POST {newDeadline, comment}: a coordinator extends this stage's deadline. */
  router.post('/:id/extend', async (req, res) => {
    const { requestId, ...change } = extendStageBody.parse(req.body ?? {});
    const user = currentUser(res);
    res.json(presentStage(await extendVisibleStage(db, temporal, user, actorOf(user), req.params.id, change, requestId)));
  });

  /** POST {level, userId}: delegates a level of the approval chain to one person. */
  router.post('/:id/reassign', async (req, res) => {
    const { requestId, ...change } = reassignStageBody.parse(req.body ?? {});
    const user = currentUser(res);
    const { stage, approvalChain } = await reassignVisibleStage(db, temporal, user, actorOf(user), req.params.id, change, requestId);
    res.json({ ...presentStage(stage), approvalChain });
  });

  return router;
}
