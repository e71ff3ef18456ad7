// The zod schemas of every request the API reads. The routes parse with these very objects and
// src/api/openapi.ts turns the same objects into JSON Schema, so the documentation cannot drift.
import { z } from 'zod';
import { calendarTemplate } from '../domain/calendar/template';
import { returnReasonCodes } from '../domain/stageRules';
import type { StageActionName } from '../temporal/stageWorkflows';
import { listQuerySchema } from './listQuery';

// --- /api/auth ---------------------------------------------------------------------------------

export const loginBody = z.object({
  email: z.email('debe ser un correo electrónico válido').transform((e) => e.toLowerCase()),
  password: z.string().min(1, 'es obligatoria').max(200),
});

// --- /api/stages -------------------------------------------------------------------------------

const stageFilter = z
  .object({
    id: z.union([z.string(), z.array(z.string())]).optional(),
    cycleId: z.string().optional(),
    institutionId: z.string().optional(),
    status: z.enum(['draft', 'submitted', 'in_review', 'approved']).optional(),
    overdue: z.boolean().optional(),
    awaitingMe: z.boolean().optional().describe('true: solo las que esperan la decisión de quien consulta (su rol e institución en el nivel en revisión, o delegadas a su nombre); false: las demás'),
  })
  .strict();
export const stageListQuery = listQuerySchema(stageFilter, ['id', 'deadline', 'status', 'updatedAt', 'version', 'code']);

const requestId = z.string().trim().min(8, 'debe tener al menos 8 caracteres').max(100).optional();
const comment = z.string().trim().max(5000, 'admite hasta 5000 caracteres');
export const stageActionBodies = {
  submit: z.object({ comment: comment.optional(), requestId }),
  approve: z.object({ comment: comment.optional(), requestId }),
  return: z.object({
    comment: comment.min(1, 'las observaciones son obligatorias'),
    reasonCode: z.enum(returnReasonCodes, 'debe ser incomplete, inconsistent u other'),
    requestId,
  }),
} satisfies Record<StageActionName, z.ZodType>;

// --- /api/email-actions ------------------------------------------------------------------------

/** The signed token of a mail's approve/return link (see src/mail/actionLinks.ts). */
export const emailActionParams = z.object({ token: z.string().min(1).max(2000, 'el enlace es demasiado largo') });
/** What a link's POST takes: the stage route's body for that action, less requestId (the link's own id serves). */
export const emailActionBodies = {
  approve: stageActionBodies.approve.omit({ requestId: true }),
  return: stageActionBodies.return.omit({ requestId: true }),
} satisfies Record<Exclude<StageActionName, 'submit'>, z.ZodType>;
/** One documented body for both links: a return link requires comment and reasonCode. */
export const emailActionBody = z.object({
  comment: comment.optional().describe('Observaciones; obligatorias en una devolución'),
  reasonCode: z.enum(returnReasonCodes).optional().describe('Motivo de la devolución; obligatorio en una devolución'),
});

export const extendStageBody = z.object({
  newDeadline: z.iso.datetime({ offset: true, error: 'debe ser una fecha y hora ISO 8601' }),
  comment: comment.min(1, 'indique el motivo de la prórroga'),
  requestId,
});
export const reassignStageBody = z.object({
  level: z.number().int().min(0).max(5),
  userId: z.string().min(1),
  comment: comment.optional(),
  requestId,
});

// --- /api/audit-events -------------------------------------------------------------------------

export const auditEventListQuery = listQuerySchema(z.object({ stageId: z.string().optional(), action: z.string().optional() }).strict(), ['id', 'at', 'action']);

// --- /api/calendar-templates -------------------------------------------------------------------

export const calendarTemplateListQuery = listQuerySchema(z.object({ jurisdiction: z.string().optional(), q: z.string().optional() }).strict(), [
  'id',
  'code',
  'jurisdiction',
  'updatedAt',
]);
/** The body of POST and PUT (id and updatedAt, if sent back, are ignored) and, with both, the answer. */
export const calendarTemplateBody = calendarTemplate;
/** A template as answered: its definition with defaults applied, its id and last change (see present()). */
export const calendarTemplateRecord = z.object({ id: z.string(), ...calendarTemplate.shape, updatedAt: z.iso.datetime() });

// --- /api/cycles and /api/institution-cycles ---------------------------------------------------

export const startCycleBody = z.object({
  fiscalYear: z.number().int().min(2000).max(2100),
  templateCode: z.string().min(3).max(40),
  institutionCodes: z.array(z.string().min(2).max(20)).min(1, 'indique al menos una institución').max(2000),
  timeScale: z.number().min(1).max(10_000_000).optional(),
  calendarStart: z.iso.datetime({ offset: true }).optional(),
});
export const moveDeadlineBody = z.object({
  stageCode: z.string().min(2).max(40),
  deadline: z.iso.datetime({ offset: true, error: 'debe ser una fecha y hora ISO 8601' }),
  comment: z.string().max(2000).optional(),
  requestId: z.string().min(8).max(100).optional(),
});
export const cycleListQuery = listQuerySchema(z.object({ jurisdiction: z.string().optional(), status: z.enum(['running', 'completed']).optional() }).strict(), [
  'id',
  'fiscalYear',
  'createdAt',
]);
export const institutionCycleListQuery = listQuerySchema(
  z.object({ cycleId: z.string().optional(), institutionId: z.string().optional(), status: z.enum(['running', 'completed']).optional() }).strict(),
  ['id', 'createdAt', 'status'],
);

/** POST /api/delegations: hand every approval awaiting one person to another. */
export const delegationBody = z.object({
  fromUserId: z.string().min(1, 'es obligatorio'),
  toUserId: z.string().min(1, 'es obligatorio'),
  comment: z.string().trim().max(2000).optional(),
});

// --- /api/stages/:id/snapshots and /diff --------------------------------------------------------

const version = z.coerce.number('debe ser un número de versión').int('debe ser un número de versión').min(1, 'las versiones empiezan en 1');
export const snapshotVersionParams = z.object({ id: z.string(), version });
export const snapshotDiffQuery = z.object({ from: version, to: z.union([z.literal('actual'), version]) });

// --- /api/multi-year ---------------------------------------------------------------------------

export const multiYearQuery = z.object({
  institutionId: z.uuid('debe ser un identificador válido'),
  fiscalYear: z.coerce.number('debe ser un año').int('debe ser un año').min(2000, 'debe ser un año entre 2000 y 2100').max(2100, 'debe ser un año entre 2000 y 2100'),
});
