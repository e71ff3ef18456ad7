import { HttpError } from 'react-admin';
import type { ErrorBody } from '../../src/api/httpErrors';

/** The API's Error body (src/api/httpErrors.ts), as far as it came. */
type ApiErrorBody = Partial<ErrorBody>;

/** Maps a path of the API's `errors` to the name of a form input, or null if the form has none. */
export type FormPathMapper = (apiPath: string) => string | null;

const isHttpError = (error: unknown): error is HttpError => error instanceof HttpError || (typeof error === 'object' && error !== null && 'status' in error && 'body' in error);

/**
 * react-admin's server-side validation: the API answers 400 (the shape) or 422 (a rule)
 * `{message, errors: {'stages.1.deadline.day': 'ese día no existe en ese mes'}}`, and the form
 * shows each message under its input when the rejected HttpError has `body.errors`.
 *
 * Only paths that are inputs of the form are kept: an error on a name with no input could never
 * be cleared and would block every later submit. All the messages also go to
 * `root.serverError`, which react-admin notifies when the form is submitted.
 */
export const withFormErrors = async <T>(call: Promise<T>, toFormPath: FormPathMapper): Promise<T> => {
  try {
    return await call;
  } catch (error) {
    if (!isHttpError(error) || (error.status !== 400 && error.status !== 422)) throw error;
    const body = (error.body ?? {}) as ApiErrorBody;
    const entries = Object.entries(body.errors ?? {});
    if (entries.length === 0) throw error;
    const errors: Record<string, unknown> = {};
    for (const [path, message] of entries) {
      const formPath = toFormPath(path);
      if (formPath && !(formPath in errors)) errors[formPath] = message;
    }
    const summary = `${body.message ?? error.message}: ${entries.map(([path, message]) => `${path} — ${message}`).join('; ')}`;
    throw new HttpError(summary, error.status, {
      ...body,
      errors: { ...errors, root: { serverError: summary } },
    });
  }
};
