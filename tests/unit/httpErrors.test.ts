import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorHandler } from '../../src/api/httpErrors';
import { withoutNul } from '../../src/api/nulCharacters';
import { RecipientRefused } from '../../src/mail/mailer';
import { Prisma } from '../../src/db/generated/client';

/** What the one error mapper answers for an error, without a server: status, body and the headers it set. */
function respond(error: unknown): { status: number; body: unknown; headers: Record<string, string> } {
  const answer = { status: 0, body: undefined as unknown, headers: {} as Record<string, string> };
  const res = {
    status(code: number) {
      answer.status = code;
      return this;
    },
    json(body: unknown) {
      answer.body = body;
      return this;
    },
    setHeader: (name: string, value: string) => (answer.headers[name] = value),
  } as unknown as Response;
  errorHandler(error, {} as Request, res, () => undefined);
  return answer;
}

function answerTo(error: unknown): { status: number; body: unknown } {
  const { status, body } = respond(error);
  return { status, body };
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

  it('when a write loses a deadlock or a serialization conflict to a simultaneous one, then 409 asking to try again, not a 500', () => {
    const error = new Prisma.PrismaClientKnownRequestError('Transaction failed due to a write conflict or a deadlock', { code: 'P2034', clientVersion: Prisma.prismaVersion.client });
    expect(answerTo(error)).toEqual({ status: 409, body: { message: 'Otro cambio simultáneo sobre los mismos datos impidió este: intente de nuevo' } });
  });

  it('when no connection frees up in time to start a transaction (a busy machine), then 503 with Retry-After, not a 500', () => {
    const error = new Prisma.PrismaClientKnownRequestError('Transaction API error: Unable to start a transaction in the given time.', { code: 'P2028', clientVersion: Prisma.prismaVersion.client });
    expect(respond(error)).toEqual({ status: 503, body: { message: 'El servidor está muy ocupado en este momento: intente de nuevo en unos segundos' }, headers: { 'Retry-After': '5' } });
  });

  it('when a foreign key refuses a delete, then 409 names the records that point to it, or says it generally for a table outside the content', () => {
    const inUse = (table: string) =>
      new Prisma.PrismaClientKnownRequestError('Foreign key constraint violated', {
        code: 'P2003',
        clientVersion: Prisma.prismaVersion.client,
        meta: { modelName: 'Product', driverAdapterError: { cause: { kind: 'ForeignKeyConstraintViolation', constraint: { index: `${table}_productId_fkey` } } } },
      });
    expect(answerTo(inUse('BudgetLine'))).toEqual({ status: 409, body: { message: 'El registro está en uso por líneas presupuestarias: quite primero esas referencias' } });
    expect(answerTo(inUse('Stage'))).toEqual({ status: 409, body: { message: 'El registro está en uso por otros datos: quite primero esas referencias' } });
  });

  it('when a request breaks its documented shape, then 400; when it has the shape but breaks a rule the document cannot state, then 422', () => {
    const range = z
      .object({ from: z.number(), to: z.number() })
      .refine((r) => r.from <= r.to, { path: ['to'], message: 'debe ser igual o posterior a from' });
    const failure = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error;
    expect(answerTo(failure(range, { from: 'uno', to: 2 }))).toEqual({ status: 400, body: { message: 'Datos inválidos', errors: { from: expect.any(String) } } });
    expect(answerTo(failure(range, { from: 3, to: 2 }))).toEqual({ status: 422, body: { message: 'Datos inválidos', errors: { to: 'debe ser igual o posterior a from' } } });
    // A U+0000 breaks PostgreSQL's rule, which the document states only for declared fields: 422 wherever it is.
    expect(answerTo(failure(withoutNul, { name: 'a\u0000b' }))).toMatchObject({ status: 422, body: { errors: { name: 'no admite el carácter nulo (U+0000)' } } });
    expect(answerTo(failure(withoutNul, { 'a\u0000b': 1 }))).toMatchObject({ status: 422, body: { errors: { 'a\u0000b': 'no admite el carácter nulo (U+0000)' } } });
  });

  it('when the mail relay refuses an address, then 422 naming the email field, not a 500', () => {
    expect(answerTo(new RecipientRefused(['nadie@ejemplo.gt']))).toMatchObject({ status: 422, body: { errors: { email: 'el servidor de correo la rechaza' } } });
  });
});
