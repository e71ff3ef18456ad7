// The one place that maps errors to HTTP: a user's mistake is a 4xx with a Spanish message and
// field errors, never a 500. A request that breaks its documented shape (a missing field, a wrong
// type, a value outside its pattern) is a 400; one that has the shape but breaks a rule the
// OpenAPI document cannot state (a reference that does not exist, a code outside its catalogue, a
// field that may not change) is a 422.
import type { ErrorRequestHandler } from 'express';
import { ApplicationFailure } from '@temporalio/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { z, ZodError } from 'zod';
import { ActionLinkError } from '../mail/actionLinks';
import { RecipientRefused } from '../mail/mailer';
import { Refusal } from '../domain/refusal';
import { CycleStartError } from '../workflowClient/cycleWorkflows';
import { contentResources } from './planBudget/contentResources';

/** One problem of many in a file or a submission: where it is (row, column) and what is wrong. */
export const problem = z.looseObject({ row: z.number().int().optional(), column: z.string().optional(), message: z.string() });
export type Problem = { message: string; row?: number; column?: string; [k: string]: unknown };

/** The body of every error answer, documented in /api/openapi.json from this very schema. */
export const errorBody = z.object({
  message: z.string(),
  errors: z.record(z.string(), z.string()).optional(),
  problems: z.array(problem).optional(),
});
export type ErrorBody = z.output<typeof errorBody>;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string>,
    readonly problems?: Problem[],
  ) {
    super(message);
  }
}

/** 429: too many attempts; the answer says in Retry-After how many seconds to wait. */
export class TooManyRequests extends HttpError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, message);
  }
}

/** 405: the path exists but not with this method; the answer lists in Allow the methods it has. */
export class MethodNotAllowed extends HttpError {
  constructor(
    method: string,
    readonly allow: string[],
  ) {
    super(405, `Esta ruta no admite el método ${method}; admite ${allow.join(', ')}`);
  }
}

export const notFound = (what: string) => new HttpError(404, `${what} no existe`);
export const forbidden = (message: string) => new HttpError(403, message);

/** Errors the database raises on a user's request: a duplicate, a record in use, a record gone, a clash with another write. */
const prismaErrors: Record<string, { status: number; message: string }> = {
  P2002: { status: 409, message: 'Ya existe un registro con esos mismos datos' },
  P2003: { status: 409, message: 'El registro está en uso por otros datos: quite primero esas referencias' },
  P2025: { status: 404, message: 'El registro no existe' },
  // A deadlock or serialization failure with a simultaneous write (a delete's cascade against an
  // edit of a row pointing to the record): nothing was written, so the same request may be retried.
  P2034: { status: 409, message: 'Otro cambio simultáneo sobre los mismos datos impidió este: intente de nuevo' },
  // No connection freed up in time to start the transaction: nothing was written.
  P2028: { status: 503, message: 'El servidor está muy ocupado en este momento: intente de nuevo en unos segundos' },
};

/** The Spanish name of the records kept in each content table, keyed by table: "ScenarioItem". */
const tableLabels = new Map(contentResources.map((r) => [`${r.model[0]!.toUpperCase()}${r.model.slice(1)}`, r.label]));

/**
 * A foreign key refusing a delete names, in its constraint "ScenarioItem_productId_fkey", the table
 * whose rows still point to the record: the answer says which records those are, so the person
 * knows what to remove first. Without a known table, the general message stands.
 */
function inUseMessage(meta: Record<string, any> | undefined): string {
  const constraint = String(meta?.driverAdapterError?.cause?.constraint?.index ?? meta?.field_name ?? meta?.constraint ?? '');
  const table = /^([A-Za-z]+)_\w+_fkey/.exec(constraint)?.[1];
  const label = table && table !== meta?.modelName ? tableLabels.get(table) : undefined;
  return label ? `El registro está en uso por ${label}: quite primero esas referencias` : prismaErrors.P2003!.message;
}

const ruleStatus: Record<string, number> = { forbidden: 403, conflict: 409, not_found: 404, invalid: 422, rejected: 422, gone: 410, rule_blocked: 422 };
/** A mail link: unreadable, signed by someone else, or past its time. */
const actionLinkStatus: Record<ActionLinkError['kind'], number> = { invalid: 422, tampered: 403, expired: 410 };

export function fieldErrors(error: ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    // A field that has no place here is named itself, so the person sees which one to remove.
    if (issue.code === 'unrecognized_keys') for (const field of issue.keys) errors[key === '_' ? field : `${key}.${field}`] ??= issue.message;
    else errors[key] ??= issue.message;
  }
  return errors;
}

/**
 * A zod failure made only of refinements (`refine`, `superRefine`: a date range, one field of two,
 * a time zone that exists) broke a rule, not the shape the document gives: 422. Any other issue is 400.
 */
export const zodErrorStatus = (error: ZodError): 400 | 422 => (error.issues.every((issue) => issue.code === 'custom') ? 422 : 400);

/** The answer an error gets: its status, body and the headers that go with it. */
export interface ErrorAnswer {
  status: number;
  body: ErrorBody;
  headers?: Record<string, string>;
}

/**
 * The answer for any error thrown while serving a request; also what a bulk decision lists for each
 * stage that failed (src/api/routes/stageDecisions.ts). An unexpected error is logged and is a 500.
 */
export function errorAnswer(err: any): ErrorAnswer {
  const reply = (status: number, body: ErrorBody, headers?: Record<string, string>): ErrorAnswer => ({ status, body, ...(headers ? { headers } : {}) });
  if (err instanceof ZodError) {
    return reply(zodErrorStatus(err), { message: 'Datos inválidos', errors: fieldErrors(err) });
  }
  if (err instanceof HttpError) {
    const headers: Record<string, string> | undefined =
      err instanceof TooManyRequests ? { 'Retry-After': String(err.retryAfterSeconds) } : err instanceof MethodNotAllowed ? { Allow: err.allow.join(', ') } : undefined;
    return reply(err.status, { message: err.message, ...(err.errors ? { errors: err.errors } : {}), ...(err.problems ? { problems: err.problems } : {}) }, headers);
  }
  if (err instanceof RecipientRefused) {
    return reply(422, { message: `${err.message}: revise la dirección; la cuenta no queda creada`, errors: { email: 'el servidor de correo la rechaza' } });
  }
  if (err instanceof ActionLinkError) {
    return reply(actionLinkStatus[err.kind], { message: err.message });
  }
  if (err instanceof Refusal) {
    return reply(ruleStatus[err.kind]!, { message: err.message, ...(err.errors ? { errors: err.errors } : {}), ...(err.problems ? { problems: err.problems } : {}) });
  }
  if (err instanceof CycleStartError) {
    return reply(ruleStatus[err.kind]!, { message: err.message });
  }
  // The deliverable's gates, or the template's rules that block: each problem listed.
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure && (err.cause.type === 'gates_failed' || err.cause.type === 'rule_blocked')) {
    return reply(422, { message: err.cause.message, problems: (err.cause.details?.[0] ?? []) as Problem[] });
  }
  // A workflow just started has not yet registered its handlers (it is loading its template).
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure && err.cause.message.startsWith('No registered handler for update')) {
    return reply(409, { message: 'El ciclo aún se está iniciando: intente de nuevo en unos segundos' });
  }
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    const status = ruleStatus[err.cause.type ?? ''];
    if (status) {
      return reply(status, { message: err.cause.message });
    }
  }
  const prismaStatus = prismaErrors[typeof err?.code === 'string' && err?.name === 'PrismaClientKnownRequestError' ? err.code : ''];
  if (prismaStatus) {
    return reply(prismaStatus.status, { message: err.code === 'P2003' ? inUseMessage(err.meta) : prismaStatus.message }, prismaStatus.status === 503 ? { 'Retry-After': '5' } : undefined);
  }
  if (err instanceof WorkflowNotFoundError) {
    return reply(409, { message: 'La etapa no admite acciones en este momento: ya fue aprobada o aún se está abriendo' });
  }
  const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
  if (status === 400 && err?.type === 'entity.parse.failed') {
    return reply(400, { message: 'El cuerpo de la solicitud no es JSON válido' });
  }
  if (status === 413) {
    return reply(413, { message: 'La solicitud es demasiado grande' });
  }
  if (status < 500) {
    return reply(status, { message: err.message ?? 'Solicitud inválida' });
  }
  console.error(err);
  return reply(500, { message: 'Error interno del servidor' });
}

export const errorHandler: ErrorRequestHandler = (err, _req, res, _next) => {
  const { status, body, headers } = errorAnswer(err);
  for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
  res.status(status).json(body);
};
