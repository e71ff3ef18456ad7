// POST /api/delegations: when an authority changes, every approval awaiting them is handed to
// someone else of the same institution, stage by stage through each stage's workflow.
import { Router } from 'express';
import { WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Database } from '../../db/prisma';
import { awaitingDecisionOf } from '../../domain/pendingApprovals';
import type { ApprovalStep } from '../../domain/stageRules';
import { reassignStageApprover } from '../../workflowClient/stageWorkflows';
import { actorOf, currentUser } from '../authenticate';
import { HttpError } from '../httpErrors';
import type { DelegationResult } from '../responses';
import { delegationBody } from '../schemas';

export function delegationRoutes(db: Database, temporal: Client): Router {
  const router = Router();
  router.post('/', async (req, res) => {
    const body = delegationBody.parse(req.body ?? {});
    const user = currentUser(res);
    if (user.userId !== body.fromUserId && user.role !== 'coordinator' && user.role !== 'admin') {
      throw new HttpError(403, 'Solo la persona misma o un coordinador puede delegar sus aprobaciones');
    }
    const [from, to] = await Promise.all([db.user.findUnique({ where: { id: body.fromUserId } }), db.user.findUnique({ where: { id: body.toUserId } })]);
    if (!from) throw new HttpError(422, 'La persona que delega no existe', { fromUserId: 'no existe' });
    if (!to) throw new HttpError(422, 'La persona que recibe no existe', { toUserId: 'no existe' });
    if (from.institutionId !== to.institutionId) throw new HttpError(422, 'Solo se delega dentro de la misma institución', { toUserId: 'es de otra institución' });
    const open = await db.stage.findMany({ where: { status: { in: ['submitted', 'in_review'] } } });
    const pending = awaitingDecisionOf(
      open.map((s) => ({ ...s, approvalChain: s.approvalChain as ApprovalStep[] | null })),
      { userId: from.id, role: from.role, institutionId: from.institutionId },
    );
    const reassigned: string[] = [];
    // A stage the successor may not decide (they submitted it, or decided an earlier level) stays
    // with its holder and is named, with the reason, instead of stopping the others.
    const refused: { stageId: string; message: string }[] = [];
    for (const stage of pending) {
      try {
        await reassignStageApprover(temporal, stage.workflowId, {
          actor: actorOf(user),
          level: stage.reviewLevel,
          assignee: { userId: to.id, name: to.name },
          comment: body.comment ?? `Delegado por ${from.name} a ${to.name}`,
        });
        reassigned.push(stage.id);
      } catch (error) {
        const failure = error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure ? error.cause : undefined;
        if (failure?.type !== 'forbidden' && failure?.type !== 'conflict') throw error;
        refused.push({ stageId: stage.id, message: failure.message });
      }
    }
    res.json({ reassigned, refused } satisfies DelegationResult);
  });
  return router;
}
