// Parses ra-data-simple-rest list parameters (sort, range, filter) and writes Content-Range.
import type { Response } from 'express';
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
