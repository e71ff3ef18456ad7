// /api/stages/:id/checks, /snapshots and /diff: what a stage hands in, what is still missing before
// it can be submitted, the versions its submissions froze, and what changed between two of them.
import { Router } from 'express';
import type { Database } from '../../db/prisma';
import { checkStageDeliverable, stageDeliverable } from '../../deliverables/stageDeliverable';
import type { DeliverableContent, DeliverableKind } from '../../domain/planBudget/deliverable';
import type { LinkageReport } from '../../domain/planBudget/linkage';
import { diffSnapshots } from '../../domain/planBudget/snapshotDiff';
import { currentUser } from '../authenticate';
import { HttpError, notFound } from '../httpErrors';
import { snapshotDiffQuery, snapshotVersionParams } from '../schemas';
import { findVisibleStage } from '../../stages/stages';
import type { StageChecksAnswer, StageDiffAnswer } from '../responses';

/** A frozen version without its content, as GET /api/stages/:id/snapshots lists it. */
export interface StageSnapshotSummary {
  id: string;
  stageId: string;
  version: number;
  deliverable: DeliverableKind;
  /** The linkage report the submission was checked with. */
  linkage: LinkageReport | null;
  frozenAt: string;
}

export function stageDeliverableRoutes(db: Database): Router {
  const router = Router();

  /** GET: the gates run now, without submitting: every problem, the linkage report and unit costs. */
  router.get('/:id/checks', async (req, res) => {
    const stage = await findVisibleStage(db, req.params.id, currentUser(res));
    res.json({ stageId: stage.id, version: stage.version, ...(await checkStageDeliverable(db, stage.id)) } satisfies StageChecksAnswer);
  });

  /** GET: the frozen versions of the stage's deliverable, newest first, without their content. */
  router.get('/:id/snapshots', async (req, res) => {
    const stage = await findVisibleStage(db, req.params.id, currentUser(res));
    const rows = await db.stageSnapshot.findMany({ where: { stageId: stage.id }, orderBy: { version: 'desc' }, select: { id: true, version: true, deliverable: true, linkage: true, frozenAt: true } });
    res.json(
      rows.map((r): StageSnapshotSummary => ({ ...r, stageId: stage.id, deliverable: r.deliverable as DeliverableKind, linkage: r.linkage as LinkageReport | null, frozenAt: r.frozenAt.toISOString() })),
    );
  });

  /** GET: one frozen version with its whole content. */
  router.get('/:id/snapshots/:version', async (req, res) => {
    const { version } = snapshotVersionParams.parse(req.params);
    const stage = await findVisibleStage(db, req.params.id, currentUser(res));
    const row = await db.stageSnapshot.findUnique({ where: { stageId_version: { stageId: stage.id, version } } });
    if (!row) throw notFound(`La versión ${version} de la etapa`);
    res.json({ ...row, frozenAt: row.frozenAt.toISOString() });
  });

  /** GET ?from=1&to=2 (to may be "actual", the content as it is now): the structured diff. */
  router.get('/:id/diff', async (req, res) => {
    const { from, to } = snapshotDiffQuery.parse(req.query);
    const stage = await findVisibleStage(db, req.params.id, currentUser(res));
    const frozen = async (version: number) => {
      const row = await db.stageSnapshot.findUnique({ where: { stageId_version: { stageId: stage.id, version } } });
      if (!row) throw new HttpError(404, `La versión ${version} no fue presentada: no hay nada congelado que comparar`);
      return row.content as unknown as DeliverableContent;
    };
    const before = await frozen(from);
    const after = to === 'actual' ? (await stageDeliverable(db, stage.id))?.content : await frozen(to);
    if (!after) throw new HttpError(409, 'Esta etapa no tiene una entrega con contenido');
    res.json({ stageId: stage.id, from, to, ...diffSnapshots(before, after) } satisfies StageDiffAnswer);
  });

  return router;
}
