// /api/calendar-templates: the calendars as data. Anyone signed in reads them; coordinators and
// admins create and edit them. Edits reach new cycles; running ones keep their frozen copy.
import { Router } from 'express';
import type { z } from 'zod';
import type { Database } from '../../db/prisma';
import type { Prisma } from '../../db/generated/client';
import { recordChange } from '../../audit/recordChange';
import { requireRole } from '../authenticate';
import { HttpError, notFound } from '../httpErrors';
import { listHandler } from '../listQuery';
import { calendarTemplateBody, calendarTemplateListQuery, type calendarTemplateRecord } from '../schemas';

const editors = ['coordinator', 'admin'] as const;

type TemplateRow = Awaited<ReturnType<Database['calendarTemplate']['findFirstOrThrow']>>;
/** Typed by the schemas /api/openapi.json documents for this answer. */
function present(row: TemplateRow): z.output<typeof calendarTemplateRecord> {
  const definition = calendarTemplateBody.parse(row.definition);
  return { id: row.id, ...definition, updatedAt: row.updatedAt.toISOString() };
}

export function calendarTemplateRoutes(db: Database): Router {
  const router = Router();

  router.get(
    '/',
    listHandler(
      calendarTemplateListQuery,
      'calendar-templates',
      ['code', 'ASC'],
      async ({ filter, orderBy, skip, take }) => {
        const where = {
          ...(filter.jurisdiction ? { jurisdiction: filter.jurisdiction } : {}),
          ...(filter.q ? { OR: [{ code: { contains: filter.q, mode: 'insensitive' as const } }, { nameEs: { contains: filter.q, mode: 'insensitive' as const } }] } : {}),
        };
        const [rows, total] = await Promise.all([db.calendarTemplate.findMany({ where, orderBy, skip, take }), db.calendarTemplate.count({ where })]);
        return { rows, total };
      },
      present,
    ),
  );

  router.get('/:id', async (req, res) => {
    const row = await db.calendarTemplate.findUnique({ where: { id: req.params.id } });
    if (!row) throw notFound('La plantilla');
    res.json(present(row));
  });

  /** POST a whole template; 400 with the path of every problem (e.g. stages.3.deadline.day). */
  router.post('/', async (req, res) => {
    const actor = requireRole(res, [...editors], 'Solo un coordinador puede crear plantillas');
    const { id: _ignored, updatedAt: _alsoIgnored, ...body } = (req.body ?? {}) as Record<string, unknown>;
    const template = calendarTemplateBody.parse(body);
    if (await db.calendarTemplate.findUnique({ where: { code: template.code } })) throw new HttpError(409, `Ya existe la plantilla ${template.code}`);
    const row = await db.$transaction(async (tx) => {
      const created = await tx.calendarTemplate.create({
        data: { code: template.code, jurisdiction: template.jurisdiction, nameEs: template.name.es, nameEn: template.name.en, definition: template as unknown as Prisma.InputJsonValue },
      });
      await recordChange(tx, { actor, entity: 'calendar-templates', entityId: created.id, action: 'created', after: present(created) });
      return created;
    });
    res.status(201).json(present(row));
  });

  router.put('/:id', async (req, res) => {
    const actor = requireRole(res, [...editors], 'Solo un coordinador puede editar plantillas');
    const row = await db.calendarTemplate.findUnique({ where: { id: req.params.id } });
    if (!row) throw notFound('La plantilla');
    const { id: _ignored, updatedAt: _alsoIgnored, ...body } = (req.body ?? {}) as Record<string, unknown>;
    const template = calendarTemplateBody.parse(body);
    if (template.code !== row.code) throw new HttpError(422, 'El código de una plantilla no cambia', { code: `debe seguir siendo ${row.code}` });
    const updated = await db.$transaction(async (tx) => {
      const written = await tx.calendarTemplate.update({
        where: { id: row.id },
        data: { jurisdiction: template.jurisdiction, nameEs: template.name.es, nameEn: template.name.en, definition: template as unknown as Prisma.InputJsonValue },
      });
      // Changed fields only: a stage's deadline moved shows as that template's `stages` before and after.
      await recordChange(tx, { actor, entity: 'calendar-templates', entityId: row.id, action: 'updated', before: present(row), after: present(written) });
      return written;
    });
    res.json(present(updated));
  });

  return router;
}
