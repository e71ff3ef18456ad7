// PostgreSQL text cannot hold U+0000: a request carrying it would fail deep in the database, or in
// a workflow's activity that retries it for ever. It is refused at the door, 400 naming the field.
import type { RequestHandler } from 'express';
import { z } from 'zod';
import { HttpError } from './httpErrors';

export const nulMessage = 'no admite el carácter nulo (U+0000)';

/** Where, in a parsed JSON value, a string (or a key) holds U+0000. */
export function nulPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nulPaths(item, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => (key.includes('\u0000') ? [[...path, key]] : nulPaths(inner, [...path, key])));
  }
  return [];
}

/** Any value, refused when it holds U+0000 anywhere (the issue's path names the field). */
export const withoutNul = z.unknown().superRefine((value, ctx) => {
  for (const path of nulPaths(value)) ctx.addIssue({ code: 'custom', path, message: nulMessage });
});

/** Checks the path, the query and the JSON body of every API request. */
export const rejectNulCharacters: RequestHandler = (req, _res, next) => {
  if (/%00/i.test(req.path)) throw new HttpError(400, 'Datos inválidos', { url: nulMessage });
  withoutNul.parse(req.query);
  withoutNul.parse(req.body);
  next();
};
