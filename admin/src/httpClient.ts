import { fetchUtils } from 'react-admin';
import { getToken } from './session';

/**
 * fetchJson with the bearer token of the current session.
 * On a non-2xx answer it rejects with an HttpError whose message is the
 * API's `message` and whose body is the API's JSON ({message, errors?}).
 */
export const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const token = getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return fetchUtils.fetchJson(url, { ...options, headers });
};
