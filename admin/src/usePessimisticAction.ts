import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';
import type { ErrorBody } from '../../src/api/httpErrors';
import type { GateProblem } from './plan-budget/types';

/** react-admin's HttpError: the status and the API's Error body (src/api/httpErrors.ts). */
interface ApiError {
  status?: number;
  message?: string;
  body?: Partial<Omit<ErrorBody, 'problems'>> & { problems?: unknown };
}

/** The `problems` of a 422 (a submission whose deliverable fails its gates), if any. */
const problemsOf = (error: ApiError): GateProblem[] => {
  const problems = error.status === 422 ? error.body?.problems : undefined;
  return Array.isArray(problems) ? problems.filter((p): p is GateProblem => typeof p === 'object' && p !== null && typeof (p as GateProblem).message === 'string') : [];
};

/**
 * The console's one way to run an irreversible action: wait for the API (pessimistic), then
 * notify and refresh; on failure show the API's `message` (a 401 is left to the auth provider,
 * which logs the user out and says so). When the API refuses with a list of problems (422
 * `{message, problems}`), the whole list is kept in `problems` for the caller to show.
 */
export const usePessimisticAction = () => {
  const notify = useNotify();
  const refresh = useRefresh();
  const [isPending, setPending] = useState(false);
  const [problems, setProblems] = useState<GateProblem[]>([]);

  /** successMessage: a message key, or a function of the answer returning the text to show. */
  const run = async <T>(call: () => Promise<T>, successMessage: string | ((result: T) => string), onSuccess?: (result: T) => void): Promise<void> => {
    setPending(true);
    setProblems([]);
    try {
      const result = await call();
      setPending(false);
      notify(typeof successMessage === 'function' ? successMessage(result) : successMessage, { type: 'success' });
      onSuccess?.(result);
      refresh();
    } catch (caught) {
      setPending(false);
      const error = (caught ?? {}) as ApiError;
      if (error.status === 401) return;
      setProblems(problemsOf(error));
      const message = error.message || 'ra.notification.http_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
    }
  };

  return { run, isPending, problems, clearProblems: () => setProblems([]) };
};
