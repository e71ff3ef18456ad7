import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { CicloDataProvider, MoveDeadlineParams } from '../dataProvider';
import type { Cycle } from '../types';

interface ApiError {
    status?: number;
    message?: string;
}

/**
 * Pessimistic "Mover fecha": waits for the cycle's workflow to accept the new date, then
 * notifies and refreshes the matrix; on failure it shows the API's message.
 */
export const useMoveDeadline = () => {
    const dataProvider = useDataProvider<CicloDataProvider>();
    const notify = useNotify();
    const refresh = useRefresh();
    const [isPending, setPending] = useState(false);

    const mutate = async (
        cycle: Cycle,
        params: MoveDeadlineParams,
        options: { onSuccess?: () => void } = {},
    ): Promise<void> => {
        setPending(true);
        try {
            await dataProvider.moveCycleDeadline(cycle.id, params);
            setPending(false);
            notify('ciclo.notification.deadline_moved', { type: 'success' });
            options.onSuccess?.();
            refresh();
        } catch (caught) {
            setPending(false);
            const error = (caught ?? {}) as ApiError;
            if (error.status === 401) return;
            const message = error.message || 'ra.notification.http_error';
            notify(message, { type: 'error', messageArgs: { _: message } });
        }
    };

    return { mutate, isPending };
};
