// /api/audit-events: who did what to which stage, and who changed which data, and when (read-only).
// Without an entity filter it lists the stages' workflow events, as the stage timeline reads them;
// with one (entity, and entityId), the changes to that data. Planners, directors and authorities
// see their own institution's events only. User ids are for administrators: a signed mail link
// names its person by id, so everyone else reads who acted by name and role.
import { Router } from 'express';
import type { Database } from '../../db/prisma';
import type { Prisma } from '../../db/generated/client';
import type { SessionUser } from '../../auth/sessions';
import { currentUser, institutionScope } from '../authenticate';
import { pagination, setContentRange } from '../listQuery';
import { auditEventListQuery } from '../schemas';

export function auditEventRoutes(db: Database): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const { sort, range, filter = {} } = auditEventListQuery.parse(req.query);
    const user = currentUser(res);
    const scope = institutionScope(user);
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
    // The trail keeps no role: the actor's role is the person's role today.
    const actorIds = [...new Set(rows.flatMap((row) => (row.actorId ? [row.actorId] : [])))];
    const roleOf = new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, role: true } })).map((person) => [person.id, person.role]));
    setContentRange(res, 'audit-events', skip, rows.length, total);
    res.json(
      rows.map(({ stage, eventKey: _key, ...event }) => ({
        ...forReader(event, user),
        actorRole: (event.actorId && roleOf.get(event.actorId)) ?? null,
        at: event.at.toISOString(),
        institutionCode: stage?.institution.code ?? null,
        stageName: stage?.name ?? null,
      })),
    );
  });
  return router;
}

type StoredEvent = Omit<Prisma.AuditEventGetPayload<object>, 'eventKey'>;

/**
 * The event as the reader may see it: an administrator whole; anyone else without user ids, the
 * actor's nor, on a change to a person's account, that person's (the record's id and its `id`).
 */
function forReader({ actorId, ...event }: StoredEvent, reader: SessionUser) {
  if (reader.role === 'admin') return { actorId, ...event };
  if (event.entity !== 'users') return event;
  return { ...event, entityId: null, changes: withoutIds(event.changes) };
}

/** {before, after} without the `id` of either side. */
function withoutIds(changes: Prisma.JsonValue): Prisma.JsonValue {
  if (!changes || typeof changes !== 'object' || Array.isArray(changes)) return changes;
  const side = (value: Prisma.JsonValue | undefined) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value ?? null;
    const { id: _id, ...rest } = value;
    return rest;
  };
  return Object.fromEntries(Object.entries(changes).map(([key, value]) => [key, key === 'before' || key === 'after' ? side(value) : (value ?? null)]));
}
