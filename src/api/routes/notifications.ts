// The notification centre: the signed-in person's copy of every mail Ciclo sent them, newest
// first (ra-data-simple-rest list), with what is still unread.
import { Router } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/prisma';
import { currentUser } from '../authenticate';
import { notFound } from '../httpErrors';
import { listQuerySchema, pagination, setContentRange } from '../listQuery';
import type { NotificationRecord } from '../responses';

export const notificationListQuery = listQuerySchema(z.object({ unread: z.boolean().optional(), stageId: z.string().optional() }).strict(), ['createdAt']);
const idParams = z.object({ id: z.string() });

function present(n: { id: string; stageId: string | null; subject: string; text: string; link: string | null; createdAt: Date; readAt: Date | null }): NotificationRecord {
  return { id: n.id, stageId: n.stageId, subject: n.subject, text: n.text, link: n.link, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null };
}

export function notificationRoutes(db: Database): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const { sort, range, filter = {} } = notificationListQuery.parse(req.query);
    const where = {
      userId: currentUser(res).userId,
      ...(filter.unread !== undefined ? { readAt: filter.unread ? null : { not: null } } : {}),
      ...(filter.stageId ? { stageId: filter.stageId } : {}),
    };
    const { skip, take } = pagination(range, 200);
    const order = sort?.[1] === 'ASC' ? 'asc' : 'desc';
    const [rows, total] = await Promise.all([
      db.notification.findMany({ where, orderBy: [{ createdAt: order }, { id: order }], skip, take }),
      db.notification.count({ where }),
    ]);
    setContentRange(res, 'notifications', skip, rows.length, total);
    res.json(rows.map(present));
  });

  router.get('/unread-count', async (_req, res) => {
    res.json({ unread: await db.notification.count({ where: { userId: currentUser(res).userId, readAt: null } }) });
  });

  router.post('/read-all', async (_req, res) => {
    const { count } = await db.notification.updateMany({ where: { userId: currentUser(res).userId, readAt: null }, data: { readAt: new Date() } });
    res.json({ marked: count });
  });

  router.get('/:id', async (req, res) => {
    const { id } = idParams.parse(req.params);
    const row = await db.notification.findFirst({ where: { id, userId: currentUser(res).userId } });
    if (!row) throw notFound('El aviso');
    res.json(present(row));
  });

  // Someone else's notification is answered as absent, not forbidden: its existence is private too.
  router.post('/:id/read', async (req, res) => {
    const { id } = idParams.parse(req.params);
    const { count } = await db.notification.updateMany({ where: { id, userId: currentUser(res).userId, readAt: null }, data: { readAt: new Date() } });
    const row = await db.notification.findFirst({ where: { id, userId: currentUser(res).userId } });
    if (!row) throw notFound('El aviso');
    res.json({ ...present(row), marked: count === 1 });
  });

  return router;
}
