// /api/users: the people of each institution, for admins and coordinators. A new person gets a
// mail with a one-time link to set their password; active=false deactivates them.
import { Router } from 'express';
import { createUser, findUser, invite, listUsers, updateUser, userWhere, type Invitations } from '../../administration/users';
import type { Database } from '../../db/prisma';
import { requireRole } from '../authenticate';
import { notFound } from '../httpErrors';
import { pagination, setContentRange } from '../listQuery';
import { userCreateBody, userListQuery, userUpdateBody } from '../schemas';

const administrators = ['coordinator', 'admin'] as const;
const refusal = 'Solo un administrador o un coordinador administra las cuentas';

export function userRoutes(db: Database, invitations: (req: { protocol: string; get(name: string): string | undefined }) => Invitations): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    requireRole(res, [...administrators], refusal);
    const { sort, range, filter = {} } = userListQuery.parse(req.query);
    const { skip, take } = pagination(range);
    const [field, order] = sort ?? ['email', 'ASC'];
    const { records, total } = await listUsers(db, userWhere(filter), { [field]: order.toLowerCase() }, skip, take);
    setContentRange(res, 'users', skip, records.length, total);
    res.json(records);
  });

  router.get('/:id', async (req, res) => {
    requireRole(res, [...administrators], refusal);
    const record = await findUser(db, req.params.id);
    if (!record) throw notFound('La persona');
    res.json(record);
  });

  /** Creates the account (without a password) and mails the link to set one. */
  router.post('/', async (req, res) => {
    const actor = requireRole(res, [...administrators], refusal);
    res.status(201).json(await createUser(db, invitations(req), actor, userCreateBody.parse(req.body ?? {})));
  });

  router.put('/:id', async (req, res) => {
    const actor = requireRole(res, [...administrators], refusal);
    res.json(await updateUser(db, actor, req.params.id, userUpdateBody.parse(req.body ?? {})));
  });

  /** A new one-time link by mail; earlier links stop working. */
  router.post('/:id/invitation', async (req, res) => {
    requireRole(res, [...administrators], refusal);
    res.json(await invite(db, invitations(req), req.params.id));
  });

  return router;
}
