// PostgreSQL text cannot hold U+0000: a request carrying it would fail deep in the database, or in
// a workflow's activity that retries it for ever. It is refused at the door, 422 naming the field.
import type { RequestHandler } from 'express';
import { z } from 'zod';
import { HttpError } from './httpErrors';

export const nulMessage = 'no admite el carácter nulo (U+0000)';

/** Deeper than this, a request body is no form a person filled: refused rather than walked. */
export const maxNesting = 64;

/** A body nested past maxNesting: a 422, never a stack overflow. */
export class TooDeeplyNested extends Error {}

/**
 * Where, in a parsed JSON value, a string (or a key) holds U+0000. Walked with a stack of its own,
 * each value once, so the time grows with the size of the value, and a path is built only for a hit.
 */
export function nulPaths(value: unknown): (string | number)[][] {
  type Visit = { value: unknown; key: string | number | null; parent: Visit | null; depth: number };
  const pathOf = (visit: Visit, last?: string | number) => {
    const path: (string | number)[] = last === undefined ? [] : [last];
    for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) path.unshift(at.key);
    return path;
  };
  const found: (string | number)[][] = [];
  const pending: Visit[] = [{ value, key: null, parent: null, depth: 0 }];
  while (pending.length > 0) {
    const visit = pending.pop()!;
    if (typeof visit.value === 'string') {
      if (visit.value.includes('\u0000')) found.push(pathOf(visit));
      continue;
    }
    if (!visit.value || typeof visit.value !== 'object') continue;
    if (visit.depth >= maxNesting) throw new TooDeeplyNested(`el contenido está anidado a más de ${maxNesting} niveles`);
    const entries: [string | number, unknown][] = Array.isArray(visit.value) ? visit.value.map((item, i) => [i, item]) : Object.entries(visit.value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, inner] = entries[i]!;
      if (typeof key === 'string' && key.includes('\u0000')) found.push(pathOf(visit, key));
      else pending.push({ value: inner, key, parent: visit, depth: visit.depth + 1 });
    }
  }
  return found;
}

/** Any value, refused when it holds U+0000 anywhere (the issue's path names the field). */
export const withoutNul = z.unknown().superRefine((value, ctx) => {
  try {
    // A rule of PostgreSQL's that the document can state only for the fields it declares (their
    // pattern), not for the names and values of properties it leaves free: a 422 wherever it is.
    for (const path of nulPaths(value)) ctx.addIssue({ code: 'custom', path, message: nulMessage });
  } catch (error) {
    if (!(error instanceof TooDeeplyNested)) throw error;
    ctx.addIssue({ code: 'custom', message: error.message });
  }
});

/** Checks the path, the query and the JSON body of every API request. */
export const rejectNulCharacters: RequestHandler = (req, _res, next) => {
  if (/%00/i.test(req.path)) throw new HttpError(422, 'Datos inválidos', { url: nulMessage });
  withoutNul.parse(req.query);
  withoutNul.parse(req.body);
  next();
};
