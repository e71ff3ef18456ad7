// /api/audit-events: who did what to which stage, and who changed which data, and when (read-only).
// Without an entity filter it lists the stages' workflow events, as the stage timeline reads them;
// with one (entity, and entityId), the changes to that data. Planners, directors and authorities
// see their own institution's events only.
import { Router } from 'express';
import type { Database } from '../../db/prisma';
import type { Prisma } from '../../db/generated/client';
import { currentUser, institutionScope } from '../authenticate';
import { pagination, setContentRange } from '../listQuery';
import { auditEventListQuery } from '../schemas';

export function auditEventRoutes(db: Database): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const { sort, range, filter = {} } = auditEventListQuery.parse(req.query);
    const scope = institutionScope(currentUser(res));
    const ofData = filter.entity !== undefined || filter.entityId !== undefined;
    // The kind of events (a stage's, or changes to data) and the person's scope come first; the
    // filters asked for narrow them (a stageId must not be widened to every stage).
    const kindAndScope: Prisma.AuditEventWhereInput = ofData
      ? { ...(filter.entity ? { entity: filter.entity } : {}), ...(filter.entityId ? { entityId: filter.entityId } : {}), ...(scope !== undefined ? { institutionId: scope } : {}) }
      : scope !== undefined
        ? { stage: { institutionId: scope } }
        : { stageId: { not: null } };
    const where: Prisma.AuditEventWhereInput = {
      ...kindAndScope,
      ...(filter.stageId ? { stageId: filter.stageId } : {}),
      ...(filter.action ? { action: filter.action } : {}),
    };
    const { skip, take } = pagination(range);
    const [field, order] = sort ?? ['at', 'DESC'];
    const [rows, total] = await Promise.all([
      db.auditEvent.findMany({ where, include: { stage: { include: { institution: true } } }, orderBy: [{ [field]: order.toLowerCase() }, { id: 'asc' }], skip, take }),
      db.auditEvent.count({ where }),
    ]);
    setContentRange(res, 'audit-events', skip, rows.length, total);
    res.json(
      rows.map(({ stage, eventKey: _key, ...event }) => ({
        ...event,
        at: event.at.toISOString(),
        institutionCode: stage?.institution.code ?? null,
        stageName: stage?.name ?? null,
      })),
    );
  });
  return router;
}
