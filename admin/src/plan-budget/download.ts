import { HttpError } from 'react-admin';
import { getToken } from '../session';

/** `attachment; filename="budget-lines.csv"` -> budget-lines.csv */
const fileNameOf = (disposition: string | null): string | null => {
  const match = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null;
  return match?.[1] ? decodeURIComponent(match[1]) : null;
};

/**
 * Downloads a file the API generates (an export, a template) with the session's bearer token:
 * a plain link cannot carry the token. Rejects with an HttpError carrying the API's message.
 */
export const downloadFromApi = async (path: string, fallbackName: string): Promise<void> => {
  const token = getToken();
  const response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    throw new HttpError(body.message || response.statusText, response.status, body);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  // Let the browser take the file before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

/** ra-data-simple-rest's query string: filter and sort as JSON. */
export const listQueryString = (params: { filter?: Record<string, unknown>; sort?: { field: string; order: string }; extra?: Record<string, string> }): string => {
  const query = new URLSearchParams(params.extra);
  const filter = Object.fromEntries(Object.entries(params.filter ?? {}).filter(([, value]) => value !== undefined && value !== ''));
  if (Object.keys(filter).length) query.set('filter', JSON.stringify(filter));
  if (params.sort?.field) query.set('sort', JSON.stringify([params.sort.field, params.sort.order]));
  return query.toString();
};
