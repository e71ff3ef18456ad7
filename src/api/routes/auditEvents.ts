// /api/audit-events: who did what to which stage, and when (read-only).
import { Router } from 'express';
import type { Database } from '../../db/prisma';
import { currentUser, institutionScope } from '../authenticate';
import { pagination, setContentRange } from '../listQuery';
import { auditEventListQuery } from '../schemas';

export function auditEventRoutes(db: Database): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const { sort, range, filter = {} } = auditEventListQuery.parse(req.query);
    const scope = institutionScope(currentUser(res));
    const where = {
      ...(filter.stageId ? { stageId: filter.stageId } : {}),
      ...(filter.action ? { action: filter.action } : {}),
      ...(scope !== undefined ? { stage: { institutionId: scope } } : {}),
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
        institutionCode: stage.institution.code,
        stageName: stage.name,
      })),
    );
  });
  return router;
}
