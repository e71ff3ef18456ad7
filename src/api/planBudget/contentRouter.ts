// Turns a content resource (contentResources.ts) into ra-data-simple-rest routes: list with sort,
// range and filter, get, create, update, delete, and export of the filtered list as CSV or XLSX.
// Planners, directors and authorities see their own institution; writers write their own only.
import { Router, type Response } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/prisma';
import { Prisma } from '../../db/generated/client';
import type { SessionUser } from '../../auth/sessions';
import { currentUser, institutionScope } from '../authenticate';
import { forbidden, HttpError, notFound } from '../httpErrors';
import { listQuerySchema, pagination, setContentRange } from '../listQuery';
import { exportFormat, sendTable } from '../tableExport';
import { recordChange } from '../../audit/recordChange';
import { institutionOf, type ContentResource } from './contentResources';

/** The Prisma delegates all share these calls; the resource list names which one. */
interface Delegate {
  findMany(args: object): Promise<Record<string, unknown>[]>;
  findUnique(args: object): Promise<Record<string, unknown> | null>;
  count(args: object): Promise<number>;
  create(args: object): Promise<Record<string, unknown>>;
  update(args: object): Promise<Record<string, unknown>>;
  delete(args: object): Promise<Record<string, unknown>>;
}

const maxExportRows = 100_000;

/** A column's value as JSON: a decimal as a number, a date as an ISO string. */
type PlainValue<V> = V extends Date ? string : V extends { toNumber(): number } ? number : V;
/** A row of a content model as the API sends it; the console's record types are these. */
export type PlainRecord<Row> = { [Column in keyof Row]: PlainValue<Row[Column]> };

/** A record as JSON: decimals as numbers, dates as ISO strings. */
export function plainRecord(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value instanceof Date) out[key] = value.toISOString();
    else if (value && typeof value === 'object' && 'toNumber' in value && typeof value.toNumber === 'function') out[key] = (value.toNumber as () => number)();
    else out[key] = value;
  }
  return out;
}

/** Filters on columns the body does not carry (set on write: a ceiling's version, a category's parent), by their column's type. */
const derivedFilters: Record<string, z.ZodType> = { version: z.number().int().min(1).max(2_147_483_647), parentId: z.string().nullable() };

/**
 * The filter a resource admits, declared field by field so the OpenAPI document lists them: id (one
 * or several), q where it is searchable, institutionId where it is scoped, and each equality filter
 * with its field's own schema. Any other field is refused by name.
 */
function contentFilter(resource: ContentResource) {
  const shape = (resource.body as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
  const fields: Record<string, z.ZodType> = { id: z.union([z.string(), z.array(z.string())]).optional() };
  if (resource.searchable) fields.q = z.string().optional();
  if (resource.scope) fields.institutionId = z.string().optional();
  // A body field's default (centralActivities false, month 0) would become a filter nobody asked for.
  const withoutDefault = (schema: z.ZodType) => (schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema);
  for (const field of resource.filters) {
    const schema = shape[field] ?? derivedFilters[field];
    // A filter with no known type would reach the database unchecked: a resource must not declare one.
    if (!schema) throw new Error(`${resource.name}: el filtro ${field} no tiene tipo`);
    fields[field] = withoutDefault(schema).optional();
  }
  return z.strictObject(fields, { error: (issue) => (issue.code === 'unrecognized_keys' ? 'no se puede filtrar por este campo' : undefined) });
}

/** sort, range and filter (see contentFilter). */
export const contentListQuery = (resource: ContentResource) => listQuerySchema(contentFilter(resource), resource.sortable);

export function contentRouter(db: Database, resource: ContentResource): Router {
  const router = Router();
  const delegate = (db as unknown as Record<string, Delegate>)[resource.model]!;
  const delegateOf = (tx: Prisma.TransactionClient) => (tx as unknown as Record<string, Delegate>)[resource.model]!;
  const listQuery = contentListQuery(resource);
  /** The model's own columns, so an export with no rows still has its header. */
  const exportColumns = Object.values((Prisma as unknown as Record<string, Record<string, string>>)[`${resource.model[0]!.toUpperCase()}${resource.model.slice(1)}ScalarFieldEnum`]!);

  /** The where clause of a list: the user's scope, then each filter, already checked by contentFilter. */
  function listWhere(filter: Record<string, unknown>, user: SessionUser) {
    const where: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(filter)) {
      if (value === undefined) continue;
      if (field === 'id') where.id = { in: ([] as unknown[]).concat(value).map(String) };
      else if (field === 'q' && resource.searchable) where.OR = resource.searchable.map((f) => ({ [f]: { contains: String(value), mode: 'insensitive' } }));
      else if (field === 'institutionId' && resource.scope) Object.assign(where, resource.scope(String(value)));
      else where[field] = value;
    }
    const scope = institutionScope(user);
    if (scope !== undefined && resource.scope) return { AND: [where, resource.scope(scope)] };
    return where;
  }

  async function visible(id: string, user: SessionUser) {
    const row = await delegate.findUnique({ where: { id } });
    if (!row) throw notFound('El registro');
    const scope = institutionScope(user);
    if (scope !== undefined && resource.owner && (await ownerOf(row)) !== scope) throw forbidden('El registro pertenece a otra institución');
    return row;
  }

  async function ownerOf(data: Record<string, unknown>): Promise<string | null> {
    if (!resource.owner) return null;
    return institutionOf(db, resource.owner.kind, String(data[resource.owner.field]));
  }

  /** Who may write: a writer's role and, but for coordinators and admins, a record of their own institution. Returns the owner. */
  async function assertMayWrite(res: Response, data: Record<string, unknown>): Promise<string | null> {
    const user = currentUser(res);
    if (!resource.writers.includes(user.role)) throw forbidden('Su rol no puede modificar estos datos');
    const owner = await ownerOf(data);
    if (owner !== null && user.role !== 'admin' && user.role !== 'coordinator' && owner !== user.institutionId) throw forbidden('Solo puede modificar los datos de su propia institución');
    return owner;
  }

  /** Checks who may write, that every reference exists within the same institution and that codes are in their catalogues; returns the owner. */
  async function assertWritable(res: Response, data: Record<string, unknown>) {
    const owner = await assertMayWrite(res, data);
    const errors: Record<string, string> = {};
    if (resource.owner && owner === null) errors[resource.owner.field] = 'no existe';
    for (const [field, kind] of Object.entries(resource.refs ?? {})) {
      const ref = data[field];
      if (ref === null || ref === undefined) continue;
      const refOwner = await institutionOf(db, kind, String(ref));
      if (refOwner === null) errors[field] = 'no existe';
      else if (refOwner !== owner) errors[field] = 'pertenece a otra institución';
    }
    for (const [field, catalogue] of Object.entries(resource.classifiers ?? {})) {
      const code = data[field];
      if (code === null || code === undefined) continue;
      if (!(await db.classifierEntry.findUnique({ where: { catalogue_code: { catalogue, code: String(code) } } }))) errors[field] = `el código ${String(code)} no está en el catálogo ${catalogue}`;
    }
    if (Object.keys(errors).length) throw new HttpError(422, 'Datos inválidos', errors);
    return owner;
  }

  const parseBody = async (raw: unknown) => {
    const data = resource.body.parse(raw ?? {});
    return resource.derive ? resource.derive(db, data) : data;
  };

  /** GET /api/<resource>?sort&range&filter */
  router.get('/', async (req, res) => {
    const { sort, range, filter = {} } = listQuery.parse(req.query);
    const where = listWhere(filter, currentUser(res));
    const { skip, take } = pagination(range);
    const [field, order] = sort ?? resource.defaultSort;
    const [rows, total] = await Promise.all([delegate.findMany({ where, orderBy: [{ [field]: order.toLowerCase() }, { id: 'asc' }], skip, take }), delegate.count({ where })]);
    setContentRange(res, resource.name, skip, rows.length, total);
    res.json(rows.map(plainRecord));
  });

  /** GET /api/<resource>/export?format=csv|xlsx&sort&filter: the whole filtered list as a file. */
  router.get('/export', async (req, res) => {
    const { format, ...list } = z.object({ format: exportFormat.default('csv') }).passthrough().parse(req.query);
    const { sort, filter = {} } = listQuery.parse(list);
    const [field, order] = sort ?? resource.defaultSort;
    const rows = await delegate.findMany({ where: listWhere(filter, currentUser(res)), orderBy: [{ [field]: order.toLowerCase() }, { id: 'asc' }], take: maxExportRows });
    await sendTable(res, format, resource.name, rows.map(plainRecord), exportColumns);
  });

  router.get('/:id', async (req, res) => {
    res.json(plainRecord(await visible(req.params.id, currentUser(res))));
  });

  // Who may write is judged before what is written: a refused person gets 403, never field errors.
  router.post('/', async (req, res) => {
    await assertMayWrite(res, (req.body ?? {}) as Record<string, unknown>);
    const data = await parseBody(req.body);
    const owner = await assertWritable(res, data);
    // The record and its audit row are written together, or neither.
    const created = await db.$transaction(async (tx) => {
      const row = await delegateOf(tx).create({ data });
      await recordChange(tx, { actor: currentUser(res), entity: resource.name, entityId: String(row.id), institutionId: owner, action: 'created', after: plainRecord(row) });
      return row;
    });
    res.status(201).json(plainRecord(created));
  });

  if (!resource.appendOnly) {
    router.put('/:id', async (req, res) => {
      const before = await visible(req.params.id, currentUser(res));
      await assertMayWrite(res, before);
      const data = await parseBody(req.body);
      if (resource.owner && String(data[resource.owner.field]) !== String(before[resource.owner.field])) {
        throw new HttpError(422, 'Datos inválidos', { [resource.owner.field]: 'no cambia: cree un registro nuevo' });
      }
      const owner = await assertWritable(res, data);
      const updated = await db.$transaction(async (tx) => {
        const row = await delegateOf(tx).update({ where: { id: before.id }, data });
        await recordChange(tx, { actor: currentUser(res), entity: resource.name, entityId: String(row.id), institutionId: owner, action: 'updated', before: plainRecord(before), after: plainRecord(row) });
        return row;
      });
      res.json(plainRecord(updated));
    });

    router.delete('/:id', async (req, res) => {
      const before = await visible(req.params.id, currentUser(res));
      // Only who may delete counts: a record whose code has since left its catalogue can still go.
      const owner = await assertMayWrite(res, before);
      const deleted = await db.$transaction(async (tx) => {
        const row = await delegateOf(tx).delete({ where: { id: before.id } });
        await recordChange(tx, { actor: currentUser(res), entity: resource.name, entityId: String(row.id), institutionId: owner, action: 'deleted', before: plainRecord(row) });
        return row;
      });
      res.json(plainRecord(deleted));
    });
  }

  return router;
}
