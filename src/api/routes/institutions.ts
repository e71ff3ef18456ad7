// /api/institutions: the public sector as data. Admins and coordinators list, create and edit
// every institution; its own people read their institution only. No DELETE: an institution that
// ceases is deactivated (active=false), so its history stays and no new cycle takes it.
import { Router } from 'express';
import {
  createInstitution,
  findInstitution,
  institutionFacets,
  institutionWhere,
  listInstitutions,
  updateInstitution,
} from '../../administration/institutions';
import { currentUser, institutionScope, requireRole } from '../authenticate';
import { forbidden, notFound } from '../httpErrors';
import { listHandler } from '../listQuery';
import { institutionBody, institutionListQuery } from '../schemas';
import type { Database } from '../../db/prisma';

const editors = ['coordinator', 'admin'] as const;

export function institutionRoutes(db: Database): Router {
  const router = Router();

  router.get(
    '/',
    listHandler(
      institutionListQuery,
      'institutions',
      ['code', 'ASC'],
      async ({ filter, orderBy, skip, take, res }) => {
        const { records, total } = await listInstitutions(db, institutionWhere(filter, institutionScope(currentUser(res))), orderBy, skip, take);
        return { rows: records, total };
      },
      (record) => record,
      1000,
    ),
  );

  /** The choices of the console's filters (kinds, sectors, departments), with their counts. */
  router.get('/facets', async (_req, res) => {
    res.json(await institutionFacets(db));
  });

  router.get('/:id', async (req, res) => {
    const scope = institutionScope(currentUser(res));
    if (scope !== undefined && scope !== req.params.id) throw forbidden('Solo puede ver su propia institución');
    const record = await findInstitution(db, req.params.id);
    if (!record) throw notFound('La institución');
    res.json(record);
  });

  router.post('/', async (req, res) => {
    const actor = requireRole(res, [...editors], 'Solo un administrador o un coordinador puede registrar instituciones');
    res.status(201).json(await createInstitution(db, institutionBody.parse(req.body ?? {}), actor));
  });

  router.put('/:id', async (req, res) => {
    const actor = requireRole(res, [...editors], 'Solo un administrador o un coordinador puede editar instituciones');
    const { id: _sentBack, ...body } = (req.body ?? {}) as Record<string, unknown>;
    const record = await updateInstitution(db, req.params.id, institutionBody.parse(body), actor);
    if (!record) throw notFound('La institución');
    res.json(record);
  });

  return router;
}
