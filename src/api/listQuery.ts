// Parses ra-data-simple-rest list parameters (sort, range, filter) and writes Content-Range.
import type { Response } from 'express';
import { z } from 'zod';
import { withoutNul } from './nulCharacters';

const jsonParam = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'debe ser JSON válido' });
        return z.NEVER;
      }
    })
    .pipe(withoutNul)
    .pipe(schema);

export function listQuerySchema<F extends z.ZodType, S extends string>(filter: F, sortable: readonly [S, ...S[]]) {
  return z.object({
    sort: jsonParam(z.tuple([z.enum(sortable), z.enum(['ASC', 'DESC'])])).optional(),
    range: jsonParam(
      z.tuple([z.number().int().min(0), z.number().int().min(0)]).refine(([from, to]) => to >= from, 'el final no puede ser menor que el inicio'),
    ).optional(),
    filter: jsonParam(filter).optional(),
  });
}

export function pagination(range: [number, number] | undefined, maxPage = 500) {
  const [from, to] = range ?? [0, 24];
  return { skip: from, take: Math.min(to - from + 1, maxPage) };
}

export function setContentRange(res: Response, resource: string, skip: number, count: number, total: number) {
  const end = count === 0 ? skip : skip + count - 1;
  res.setHeader('Content-Range', `${resource} ${skip}-${end}/${total}`);
}
