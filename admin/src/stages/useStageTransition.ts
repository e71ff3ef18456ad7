import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { CicloDataProvider, ExtendParams, ReturnParams, TransitionParams } from '../dataProvider';
import type { Stage } from '../types';

type ParamsByAction = {
    submit: TransitionParams;
    approve: TransitionParams;
    return: ReturnParams;
    extend: ExtendParams;
};

export type StageAction = keyof ParamsByAction;

const SUCCESS_MESSAGE: Record<StageAction, string> = {
    submit: 'ciclo.notification.submitted',
    approve: 'ciclo.notification.approved',
    return: 'ciclo.notification.returned',
    extend: 'ciclo.notification.extended',
};

interface ApiError {
    status?: number;
    message?: string;
}

/**
 * Pessimistic stage transition: waits for the API, then notifies and refreshes.
 * On failure it shows the API's `message` (a 401 is left to the auth provider,
 * which logs the user out and says so).
 */
export const useStageTransition = <A extends StageAction>(action: A) => {
    const dataProvider = useDataProvider<CicloDataProvider>();
    const notify = useNotify();
    const refresh = useRefresh();
    const [isPending, setPending] = useState(false);

    const mutate = async (
        stage: Stage,
        params: ParamsByAction[A],
        options: { onSuccess?: (stage: Stage) => void } = {},
    ): Promise<void> => {
        setPending(true);
        try {
            const call =
                action === 'submit'
                    ? dataProvider.submitStage(stage.id, params as TransitionParams)
                    : action === 'approve'
                      ? dataProvider.approveStage(stage.id, params as TransitionParams)
                      : action === 'return'
                        ? dataProvider.returnStage(stage.id, params as ReturnParams)
                        : dataProvider.extendStage(stage.id, params as ExtendParams);
            const { data } = await call;
            setPending(false);
            notify(SUCCESS_MESSAGE[action], { type: 'success' });
            options.onSuccess?.(data);
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
