import { HttpError, type AuthProvider } from 'react-admin';
import { dataProvider } from './dataProvider';
import { startCoordinatorHomeReads } from './home/coordinatorHomeReads';
import { canAccessResource } from './permissions';
import { queryClient } from './queryClient';
import { clearSession, getToken, getUser, isRole, saveSession } from './session';
import type { ErrorBody } from '../../src/api/httpErrors';
import type { SignedIn } from './types';

interface LoginParams {
  username?: string;
  email?: string;
  password: string;
  /** The token of a first sign-in link: the password is being chosen, not checked. */
  setupToken?: string;
}

type LoginResponse = SignedIn;

/** The API's Error body (src/api/httpErrors.ts), or nothing when the answer was not JSON. */
type RefusalBody = Partial<ErrorBody>;

const readBody = async (response: Response): Promise<RefusalBody> => {
  try {
    return ((await response.json()) ?? {}) as RefusalBody;
  } catch {
    return {};
  }
};

/**
 * POSTs a sign-in (the login, or the first password chosen through a mailed link, which both
 * answer `{token, user}`) and keeps the session. A refusal rejects with an HttpError: its message
 * is the API's (the LoginForm notifies it, or ra.auth.sign_in_error when empty), its body the
 * API's `{message, errors}`.
 */
const startSession = async (path: string, body: object): Promise<void> => {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    const refusal = await readBody(response);
    const message = typeof refusal.message === 'string' && refusal.message ? refusal.message : 'ra.auth.sign_in_error';
    throw new HttpError(message, response.status, refusal);
  }
  const { token, user } = (await response.json()) as LoginResponse;
  saveSession(token, user);
  startCoordinatorHomeReads(queryClient, dataProvider, 'signedIn');
};

export const authProvider: AuthProvider = {
  login: ({ username, email, password, setupToken }: LoginParams) =>
    setupToken ? startSession('/api/auth/password-setup', { token: setupToken, password }) : startSession('/api/auth/login', { email: (email ?? username ?? '').trim(), password }),

  logout: async () => {
    const token = getToken();
    if (token) {
      try {
        await fetch('/api/auth/logout', {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}` },
        });
      } catch {
        // Logging out must succeed locally even if the API is unreachable.
      }
    }
    clearSession();
  },

  checkAuth: async () => {
    if (!getToken()) throw new Error('ra.auth.auth_check_error');
  },

  checkError: async (error: { status?: number }) => {
    // Rejecting makes react-admin call logout() and go to the login page.
    if (error?.status === 401) throw new Error('ra.notification.logged_out');
    // 403 and others: stay logged in, the caller shows the API message.
  },

  getIdentity: async () => {
    const user = getUser();
    if (!user) throw new Error('ra.auth.auth_check_error');
    return { id: user.id, fullName: user.name };
  },

  getPermissions: async () => {
    const role = getUser()?.role;
    return isRole(role) ? role : undefined;
  },

  canAccess: async ({ resource, action }) => {
    const role = getUser()?.role;
    return canAccessResource(isRole(role) ? role : undefined, resource, action);
  },
};
