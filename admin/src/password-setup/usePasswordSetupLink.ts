import { useEffect, useState } from 'react';
import type { PasswordSetupLink } from '../types';

export type LinkState =
  | { status: 'loading' }
  | { status: 'ready'; link: PasswordSetupLink }
  /** 410: used or expired, with the API's message. */
  | { status: 'gone'; message: string }
  | { status: 'not_found' }
  | { status: 'error'; message: string | null };

/**
 * POST /api/auth/password-setup/lookup {token}, without a session: whom the link is for, or why it
 * no longer serves. The token goes in the body, never in a path that server and proxy logs keep.
 */
export const usePasswordSetupLink = (token: string): LinkState => {
  const [state, setState] = useState<LinkState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    const settle = (next: LinkState) => current && setState(next);
    fetch('/api/auth/password-setup/lookup', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ token }),
    })
      .then(async (response) => {
        const body = (await response.json().catch(() => ({}))) as Partial<PasswordSetupLink> & { message?: string };
        if (response.ok) return settle({ status: 'ready', link: body as PasswordSetupLink });
        if (response.status === 410) return settle({ status: 'gone', message: body.message ?? response.statusText });
        // 400: a token of the wrong shape is no link either.
        if (response.status === 404 || response.status === 400) return settle({ status: 'not_found' });
        settle({ status: 'error', message: body.message ?? response.statusText });
      })
      .catch(() => settle({ status: 'error', message: null }));
    return () => {
      current = false;
    };
  }, [token]);
  return state;
};
