import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';

interface ApiError {
    status?: number;
    message?: string;
}

/**
 * The console's one way to run an irreversible action: wait for the API (pessimistic), then
 * notify and refresh; on failure show the API's `message` (a 401 is left to the auth provider,
 * which logs the user out and says so).
 */
export const usePessimisticAction = () => {
    const notify = useNotify();
    const refresh = useRefresh();
    const [isPending, setPending] = useState(false);

    const run = async <T>(call: () => Promise<T>, successMessage: string, onSuccess?: (result: T) => void): Promise<void> => {
        setPending(true);
        try {
            const result = await call();
            setPending(false);
            notify(successMessage, { type: 'success' });
            onSuccess?.(result);
            refresh();
        } catch (caught) {
            setPending(false);
            const error = (caught ?? {}) as ApiError;
            if (error.status === 401) return;
            const message = error.message || 'ra.notification.http_error';
            notify(message, { type: 'error', messageArgs: { _: message } });
        }
    };

    return { run, isPending };
};
