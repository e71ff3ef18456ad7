import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { errorHandler } from '../../src/api/httpErrors';

/** What the one error mapper answers for an error, without a server. */
function answerTo(error: unknown): { status: number; body: unknown } {
  const answer = { status: 0, body: undefined as unknown };
  const res = {
    status(code: number) {
      answer.status = code;
      return this;
    },
    json(body: unknown) {
      answer.body = body;
      return this;
    },
    setHeader: () => undefined,
  } as unknown as Response;
  errorHandler(error, {} as Request, res, () => undefined);
  return answer;
}

describe('the error mapper', () => {
  it('when an Update reaches a cycle workflow that has not yet registered its handlers, then 409 asking to try again, not a 500', () => {
    const error = new WorkflowUpdateFailedError('Workflow Update failed', ApplicationFailure.nonRetryable('No registered handler for update: moveStageDeadline'));
    expect(answerTo(error)).toEqual({ status: 409, body: { message: 'El ciclo aún se está iniciando: intente de nuevo en unos segundos' } });
  });

  it('when a stage rule refuses an Update, then its type gives the status and its message is kept', () => {
    const error = new WorkflowUpdateFailedError('Workflow Update failed', ApplicationFailure.create({ type: 'forbidden', message: 'Quien presentó esta versión no puede aprobarla: decide otra persona', nonRetryable: true }));
    expect(answerTo(error)).toEqual({ status: 403, body: { message: 'Quien presentó esta versión no puede aprobarla: decide otra persona' } });
  });
});
