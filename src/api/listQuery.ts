// Parses ra-data-simple-rest list parameters (sort, range, filter) and writes Content-Range.
import type { RequestHandler, Response } from 'express';
import { z } from 'zod';
import { withoutNul } from './nulCharacters';

/** What each JSON query parameter parses its text with, for the OpenAPI document to describe its JSON by the same schema's input. */
const jsonContent = new WeakMap<z.ZodType, z.ZodType>();

/** The schema a JSON query parameter (as built here, optional or not) parses its JSON with, if it is one. */
export function jsonParamContent(param: z.ZodType): z.ZodType | undefined {
  return jsonContent.get(param instanceof z.ZodOptional ? (param.unwrap() as z.ZodType) : param);
}

const jsonParam = <T extends z.ZodType>(schema: T) => {
  const param = z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'invalid_format', format: 'json', input: text, message: 'debe ser JSON válido' });
        return z.NEVER;
      }
    })
    .pipe(withoutNul)
    .pipe(schema);
  jsonContent.set(param, schema);
  return param;
};

export function listQuerySchema<F extends z.ZodType, S extends string>(filter: F, sortable: readonly [S, ...S[]]) {
  return z.object({
    sort: jsonParam(z.tuple([z.enum(sortable), z.enum(['ASC', 'DESC'])])).optional(),
    // An end before the start is an empty page, as a window past the last row is.
    range: jsonParam(z.tuple([z.number().int().min(0), z.number().int().min(0)])).optional(),
    filter: jsonParam(filter).optional(),
  });
}

export function pagination(range: [number, number] | undefined, maxPage = 500) {
  const [from, to] = range ?? [0, 24];
  return { skip: from, take: Math.max(0, Math.min(to - from + 1, maxPage)) };
}

export function setContentRange(res: Response, resource: string, skip: number, count: number, total: number) {
  const end = count === 0 ? skip : skip + count - 1;
  res.setHeader('Content-Range', `${resource} ${skip}-${end}/${total}`);
}

/** What a list use case gets: the parsed filter, the order, the page, and who asks. */
export interface ListRequest<Filter> {
  filter: Filter;
  orderBy: Record<string, 'asc' | 'desc'>;
  skip: number;
  take: number;
  res: Response;
}

/**
 * A ra-data-simple-rest list route: parses sort, range and filter with the schema, asks the use
 * case for a page (sorted by `defaultSort` unless told), sets Content-Range and presents each row.
 */
export function listHandler<Filter, Row>(
  query: z.ZodType<{ sort?: [string, 'ASC' | 'DESC']; range?: [number, number]; filter?: Filter }>,
  resource: string,
  defaultSort: [string, 'ASC' | 'DESC'],
  list: (request: ListRequest<Filter>) => Promise<{ rows: Row[]; total: number }>,
  present: (row: Row) => unknown,
  maxPage?: number,
): RequestHandler {
  return async (req, res) => {
    const { sort, range, filter = {} as Filter } = query.parse(req.query);
    const { skip, take } = pagination(range, maxPage);
    const [field, order] = sort ?? defaultSort;
    const { rows, total } = await list({ filter, orderBy: { [field]: order === 'ASC' ? 'asc' : 'desc' }, skip, take, res });
    setContentRange(res, resource, skip, rows.length, total);
    res.json(rows.map(present));
  };
}
