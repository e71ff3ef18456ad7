// /api/cycles: start a jurisdiction's cycle, list cycles, the progress matrix, and dates moved
// for every institution. /api/institution-cycles lists each institution's path. The work is
// src/cycles/cycles.ts's; here requests are parsed and answers presented.
import { Router } from 'express';
import type { Client } from '@temporalio/client';
import { cycleFigures, cycleProgress, cycleStartProgress, findCycle, listCycles, listInstitutionCycles, moveCycleDeadline, startCycle, type CycleWithCount } from '../../cycles/cycles';
import type { Database } from '../../db/prisma';
import { actorOf, currentUser, requireRole } from '../authenticate';
import { HttpError } from '../httpErrors';
import { listHandler } from '../listQuery';
import type { CycleProgress, CycleRecord, CycleStartProgress, InstitutionCycleRecord } from '../responses';
import { cycleListQuery, institutionCycleListQuery, moveDeadlineBody, progressMatrixQuery, startCycleBody } from '../schemas';

/** Still importable from here, as before the schemas moved to ../schemas. */
export { startCycleBody };

const coordinators = ['coordinator', 'admin'] as const;

function presentCycle(cycle: CycleWithCount): CycleRecord {
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

export function cycleRoutes(db: Database, temporal: Client, taskQueue: string): Router {
  const router = Router();

  router.get('/', listHandler(cycleListQuery, 'cycles', ['fiscalYear', 'DESC'], ({ filter, orderBy, skip, take }) => listCycles(db, filter, orderBy, skip, take), presentCycle));

  router.get('/:id', async (req, res) => {
    res.json(presentCycle(await findCycle(db, req.params.id)));
  });

  /** POST {fiscalYear, templateCode, institutionCodes | institutionFilter}: starts the government cycle. */
  router.post('/', async (req, res) => {
    const user = requireRole(res, [...coordinators], 'Solo un coordinador puede iniciar un ciclo');
    const body = startCycleBody.parse(req.body ?? {});
    res.status(201).json(presentCycle(await startCycle(db, temporal, taskQueue, user, body, presentCycle)));
  });

  /** The institution x stage matrix, with the coordinators' own stages apart; filtered and paged here, so a thousand institutions are not sent at once. */
  router.get('/:id/progress', async (req, res) => {
    res.json((await cycleProgress(db, req.params.id, Date.now(), progressMatrixQuery.parse(req.query), currentUser(res))) satisfies CycleProgress);
  });

  /** How far the start has gone; the console polls this for its progress bar. */
  router.get('/:id/start-progress', async (req, res) => {
    const progress = await cycleStartProgress(db, temporal, req.params.id);
    if (!progress) throw new HttpError(503, 'El motor de flujos no respondió sobre el inicio del ciclo; se reintentará');
    res.json(progress satisfies CycleStartProgress);
  });

  /** On-time share per stage, completion over time and overdue stages per institution. */
  router.get('/:id/statistics', async (req, res) => {
    res.json(await cycleFigures(db, req.params.id, Date.now()));
  });

  /** POST {stageCode, deadline}: moves a stage's date for every institution of the cycle. */
  router.post('/:id/move-deadline', async (req, res) => {
    const user = requireRole(res, [...coordinators], 'Solo un coordinador puede mover una fecha');
    const body = moveDeadlineBody.parse(req.body ?? {});
    res.json(await moveCycleDeadline(db, temporal, user, actorOf(user), req.params.id, body));
  });

  return router;
}

export function institutionCycleRoutes(db: Database): Router {
  const router = Router();
  router.get(
    '/',
    listHandler(
      institutionCycleListQuery,
      'institution-cycles',
      ['createdAt', 'ASC'],
      ({ filter, orderBy, skip, take }) => listInstitutionCycles(db, filter, orderBy, skip, take),
      (r): InstitutionCycleRecord => ({ id: r.id, cycleId: r.cycleId, fiscalYear: r.cycle.fiscalYear, institutionId: r.institutionId, institutionCode: r.institution.code, institutionName: r.institution.name, status: r.status, workflowId: r.workflowId }),
    ),
  );
  return router;
}
