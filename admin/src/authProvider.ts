import type { AuthProvider } from 'react-admin';
import { canAccessResource } from './permissions';
import { clearSession, getToken, getUser, isRole, saveSession } from './session';
import type { SessionUser } from './types';

interface LoginParams {
    username?: string;
    email?: string;
    password: string;
}

interface LoginResponse {
    token: string;
    user: SessionUser;
}

const readMessage = async (response: Response): Promise<string | undefined> => {
    try {
        const body = (await response.json()) as { message?: unknown };
        return typeof body.message === 'string' && body.message ? body.message : undefined;
    } catch {
        return undefined;
    }
};

export const authProvider: AuthProvider = {
    login: async ({ username, email, password }: LoginParams) => {
        const response = await fetch('/api/auth/login', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body: JSON.stringify({ email: (email ?? username ?? '').trim(), password }),
        });
        if (!response.ok) {
            // The LoginForm notifies error.message (or ra.auth.sign_in_error when empty).
            throw new Error((await readMessage(response)) ?? 'ra.auth.sign_in_error');
        }
        const { token, user } = (await response.json()) as LoginResponse;
        saveSession(token, user);
    },

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
