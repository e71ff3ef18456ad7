// /api/stages/:id/checks, /snapshots and /diff: what a stage hands in, what is still missing before
// it can be submitted, the versions its submissions froze, and what changed between two of them.
import express, { Router, type Response } from 'express';
import type { Database } from '../../db/prisma';
import { checkStageDeliverable, stageDeliverable } from '../../deliverables/stageDeliverable';
import type { DeliverableContent, DeliverableKind } from '../../domain/planBudget/deliverable';
import type { LinkageReport } from '../../domain/planBudget/linkage';
import { diffSnapshots } from '../../domain/planBudget/snapshotDiff';
import { currentUser } from '../authenticate';
import { forbidden, HttpError, notFound } from '../httpErrors';
import { snapshotDiffQuery, snapshotVersionParams, workbookApplyQuery } from '../schemas';
import { findVisibleStage, type StageWithInstitution } from '../../stages/stages';
import { applyWorkbook, previewWorkbook, stageWorkbook } from '../../deliverables/workbookEdits';
import { MAX_FILE_BYTES } from '../../imports/tableLimits';
import { safeName, xlsxContentType } from '../tableExport';
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

/** The edited workbook, the raw request body of up to 25 MB whatever its Content-Type. */
const workbookFile = express.raw({ type: () => true, limit: MAX_FILE_BYTES });

/** The workbook's bytes, or a 422 saying how to send them. */
function uploadedWorkbook(body: unknown): Uint8Array {
  if (!(body instanceof Uint8Array) || body.length === 0) throw new HttpError(422, 'Falta el libro: envíe el archivo .xlsx como cuerpo de la solicitud');
  return body;
}

export function stageDeliverableRoutes(db: Database): Router {
  const router = Router();

  /** The stage, if the person may change its content: the institution's planning unit, or an administrator. */
  async function editableStage(res: Response, id: string): Promise<StageWithInstitution> {
    const user = currentUser(res);
    const stage = await findVisibleStage(db, id, user);
    const ownPlanner = (user.role === 'planner' || user.role === 'director') && user.institutionId === stage.institutionId;
    if (!ownPlanner && user.role !== 'admin') throw forbidden('Solo la dirección de planificación de la institución puede subir el libro de la etapa');
    return stage;
  }

  /** GET: the deliverable as an XLSX workbook to edit offline: a sheet per collection, codes locked, catalogue lists. */
  router.get('/:id/workbook', async (req, res) => {
    const stage = await findVisibleStage(db, req.params.id, currentUser(res));
    const { bytes, fileName } = await stageWorkbook(db, stage);
    res.setHeader('Content-Disposition', `attachment; filename="${safeName(fileName)}.xlsx"`);
    res.type(xlsxContentType).send(bytes);
  });

  /** POST (the .xlsx as body): what the edited workbook would change against the content now; nothing is written. */
  router.post('/:id/workbook/preview', workbookFile, async (req, res) => {
    const stage = await editableStage(res, req.params.id);
    res.json(await previewWorkbook(db, stage, uploadedWorkbook(req.body)));
  });

  /** POST ?fingerprint= (the .xlsx as body): applies the previewed changes, all or none. */
  router.post('/:id/workbook', workbookFile, async (req, res) => {
    // Who may write is judged before what is sent: a refused person gets 403, never a query error.
    const stage = await editableStage(res, req.params.id);
    const { fingerprint } = workbookApplyQuery.parse(req.query);
    res.json(await applyWorkbook(db, stage, uploadedWorkbook(req.body), fingerprint, currentUser(res)));
  });

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
