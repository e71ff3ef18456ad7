// The zod schemas of every request the API reads. The routes parse with these very objects and
// src/api/openapi.ts turns the same objects into JSON Schema, so the documentation cannot drift.
import { z } from 'zod';
import { calendarTemplate } from '../domain/calendar/template';
import { roles } from '../domain/actor';
import { stageEvents } from '../domain/stageEvent';
import { progressStatusFilters } from '../domain/progressMatrix';
import { returnReasonCodes, stageStatuses } from '../domain/stageRules';
import type { StageActionName } from '../workflowClient/stageWorkflows';
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
    status: z.enum(stageStatuses).optional(),
    overdue: z.boolean().optional(),
    awaitingMe: z.boolean().optional().describe('true: solo las que esperan la decisión de quien consulta (su rol e institución en el nivel en revisión, o delegadas a su nombre); false: las demás'),
  })
  .strict();
export const stageListQuery = listQuerySchema(stageFilter, ['id', 'deadline', 'status', 'updatedAt', 'version', 'code']);

const requestId = z.string().max(100).trim().min(8, 'debe tener al menos 8 caracteres').optional();
const comment = z.string().max(5000, 'admite hasta 5000 caracteres').trim();
export const stageActionBodies = {
  submit: z.object({ comment: comment.optional(), requestId }),
  approve: z.object({ comment: comment.optional(), requestId }),
  return: z.object({
    comment: comment.min(1, 'las observaciones son obligatorias'),
    reasonCode: z.enum(returnReasonCodes, 'debe ser incomplete, inconsistent u other'),
    requestId,
  }),
  recall: z.object({
    comment: z.string('el comentario es obligatorio').max(5000, 'admite hasta 5000 caracteres').trim().min(1, 'el comentario es obligatorio'),
    version: z.number().int('debe ser un número de versión').min(1, 'debe ser un número de versión').optional().describe('La versión que se retira: si la etapa ya va en otra, se rechaza'),
    requestId,
  }),
} satisfies Record<StageActionName, z.ZodType>;

/** How many stages one bulk decision may carry: an inbox page, and an answer that stays quick. */
export const maxBulkDecisions = 200;
const bulkDecisionItems = z
  .array(
    z.object({
      stageId: z.string('es obligatorio').min(1, 'es obligatorio'),
      requestId: z.string('es obligatorio').max(100).trim().min(8, 'debe tener al menos 8 caracteres').describe('El id de esta decisión: al repetirla se responde sin decidir dos veces'),
    }),
  )
  .min(1, 'elija al menos una etapa')
  .max(maxBulkDecisions, `admite hasta ${maxBulkDecisions} etapas`)
  .refine((items) => new Set(items.map((item) => item.stageId)).size === items.length, 'una etapa aparece dos veces');
/**
 * POST /api/stages/decisions: the same decision on many stages, each its own request (requestId),
 * audit event and mail. A return carries one reason and one comment for all.
 */
export const stageDecisionsBody = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('approve'), stages: bulkDecisionItems, comment: stageActionBodies.approve.shape.comment }),
    z.object({ action: z.literal('return'), stages: bulkDecisionItems, comment: stageActionBodies.return.shape.comment, reasonCode: stageActionBodies.return.shape.reasonCode }),
  ],
  'debe ser approve o return',
);

// --- /api/email-actions ------------------------------------------------------------------------

/**
 * The signed token of a mail's approve/return link (see src/mail/actionLinks.ts). It travels in
 * the body, never in a path or query, which access logs, proxies and browser history keep.
 */
export const emailActionLookupBody = z.object({
  token: z.string('es obligatorio').min(1, 'es obligatorio').max(2000, 'el enlace es demasiado largo').describe('El enlace firmado del correo (lo que sigue a #/correo/accion/)'),
});
/** What a link's POST takes besides its token: the stage route's body for that action, less requestId (the link's own id serves). */
export const emailActionBodies = {
  approve: stageActionBodies.approve.omit({ requestId: true }),
  return: stageActionBodies.return.omit({ requestId: true }),
} satisfies Record<Exclude<StageActionName, 'submit' | 'recall'>, z.ZodType>;
/** One documented body for both links: a return link requires comment and reasonCode. */
export const emailActionBody = emailActionLookupBody.extend({
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

/** By stage (the stage timeline), or by entity and record for changes to data. */
export const auditEventListQuery = listQuerySchema(
  z.object({ stageId: z.string().optional(), action: z.string().optional(), entity: z.string().optional(), entityId: z.string().optional() }).strict(),
  ['id', 'at', 'action', 'seq'],
);

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

/** An institution's kinds, as the schema's InstitutionKind. */
export const institutionKinds = ['ministry', 'coordinator', 'secretariat', 'decentralised', 'autonomous', 'municipality', 'other'] as const;
/** Which institutions a cycle starts for, when not named one by one: every criterion given must hold. */
export const institutionFilter = z
  .object({
    kinds: z.array(z.enum(institutionKinds)).max(10).optional(),
    sectors: z.array(z.string().max(80).trim().min(1)).max(200).optional(),
    departmentCodes: z.array(z.string().regex(/^\d{2}$/, 'el departamento son 2 dígitos')).max(30).optional(),
  })
  .strict();

/** The institutions are named (institutionCodes) or chosen by a filter (institutionFilter): one of the two. */
export const startCycleBody = z
  .object({
    fiscalYear: z.number().int().min(2000).max(2100),
    templateCode: z.string().min(3).max(40),
    institutionCodes: z.array(z.string().min(2).max(20)).min(1, 'indique al menos una institución').max(2000).optional(),
    institutionFilter: institutionFilter.optional(),
    timeScale: z.number().min(1).max(10_000_000).optional(),
    calendarStart: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((b) => (b.institutionCodes === undefined) !== (b.institutionFilter === undefined), {
    path: ['institutionCodes'],
    message: 'indique las instituciones (institutionCodes) o un filtro (institutionFilter), uno de los dos',
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
/** GET /api/cycles/:id/progress: which institutions' rows, and which page of them (all without perPage). */
export const progressMatrixQuery = z.object({
  q: z.string().max(100, 'admite hasta 100 caracteres').trim().min(1, 'escriba algo que buscar').optional().describe('Código o nombre de la institución, o parte de él'),
  sector: z.string().min(1).max(200).optional().describe('Sector de la institución'),
  kind: z.enum(institutionKinds, 'debe ser ministry, coordinator, secretariat, decentralised, autonomous, municipality u other').optional().describe('Tipo de institución'),
  department: z.string().min(1).max(10).optional().describe('Código del departamento'),
  status: z.enum(progressStatusFilters, 'debe ser not_open, draft, submitted, in_review, approved u overdue').optional().describe('Deja las filas con alguna etapa en ese estado (overdue: vencida)'),
  page: z.coerce.number('debe ser un número de página').int('debe ser un número de página').min(1, 'las páginas empiezan en 1').max(100_000, 'no hay tantas páginas').default(1),
  perPage: z.coerce.number('debe ser un número de filas').int('debe ser un número de filas').min(1, 'al menos 1 fila').max(1000, 'hasta 1000 filas por página').optional(),
});
export const institutionCycleListQuery = listQuerySchema(
  z.object({ cycleId: z.string().optional(), institutionId: z.string().optional(), status: z.enum(['running', 'completed']).optional() }).strict(),
  ['id', 'createdAt', 'status'],
);

/** POST /api/delegations: hand every approval awaiting one person to another. */
export const delegationBody = z.object({
  fromUserId: z.string().min(1, 'es obligatorio'),
  toUserId: z.string().min(1, 'es obligatorio'),
  comment: z.string().max(2000).trim().optional(),
});

// --- /api/stages/:id/snapshots and /diff --------------------------------------------------------

// Versions are PostgreSQL integers: a larger number is no version at all, not a database error.
const version = z.coerce
  .number('debe ser un número de versión')
  .int('debe ser un número de versión')
  .min(1, 'las versiones empiezan en 1')
  .max(2_147_483_647, 'no existe una versión con ese número')
  .describe('Número de una versión congelada (desde 1)');
export const snapshotVersionParams = z.object({ id: z.string(), version });
export const snapshotDiffQuery = z.object({ from: version, to: z.union([z.literal('actual'), version]) });
/** The fingerprint a workbook's preview answered: the content its diff was taken against. */
export const workbookApplyQuery = z.object({ fingerprint: z.string('es obligatorio: la huella de la vista previa').regex(/^[0-9a-f]{32}$/, 'debe ser la huella (fingerprint) que dio la vista previa') });

// --- /api/multi-year ---------------------------------------------------------------------------

export const multiYearQuery = z.object({
  institutionId: z.uuid('debe ser un identificador válido'),
  fiscalYear: z.coerce.number('debe ser un año').int('debe ser un año').min(2000, 'debe ser un año entre 2000 y 2100').max(2100, 'debe ser un año entre 2000 y 2100'),
});

const optionalText = (max: number) =>
  z
    .string()
    .max(max, `admite hasta ${max} caracteres`)
    .trim()
    .nullish()
    .transform((v) => (v ? v : null));
const optionalCode = (pattern: RegExp, message: string) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || pattern.test(v), message);
const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('es', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** POST/PUT /api/institutions and each row of an institutions import. */
export const institutionBody = z
  .object({
    code: z
      .string('es obligatorio')
      .max(20, 'admite hasta 20 caracteres')
      .trim()
      .min(2, 'debe tener al menos 2 caracteres')
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'solo letras, dígitos, punto, guion y guion bajo'),
    budgetEntityCode: optionalCode(/^\d{5,12}$/, 'el código de entidad de MINFIN son de 5 a 12 dígitos (p. ej. 11130009)'),
    name: z.string('es obligatorio').max(200, 'admite hasta 200 caracteres').trim().min(3, 'debe tener al menos 3 caracteres'),
    shortName: optionalText(60),
    kind: z.enum(institutionKinds, 'debe ser ministry, coordinator, secretariat, decentralised, autonomous, municipality u other'),
    sector: optionalText(80),
    departmentCode: optionalCode(/^\d{2}$/, 'el departamento son 2 dígitos (01 a 22)'),
    municipalityCode: optionalCode(/^\d{4}$/, 'el municipio son 4 dígitos: departamento y municipio (p. ej. 0401)'),
    timeZone: z.string().max(60).trim().default('America/Guatemala').refine(isTimeZone, 'no es una zona horaria IANA (p. ej. America/Guatemala)'),
    active: z.boolean('debe ser true o false').default(true),
    coordinatorCodes: z.array(z.string().max(20).trim().min(2)).max(10, 'admite hasta 10 coordinadores').default([]),
  })
  .strict()
  .refine((i) => !i.municipalityCode || !i.departmentCode || i.municipalityCode.startsWith(i.departmentCode), {
    path: ['municipalityCode'],
    message: 'el municipio no es del departamento indicado (sus dos primeros dígitos son el departamento)',
  });
export type InstitutionInput = z.output<typeof institutionBody>;

// The whole address must fit in the 16 KB of headers Node reads (a longer one is cut off with 431):
// a page's references (react-admin's getMany), every kind, some sectors, the 22 departments.
const oneOrMany = <T extends z.ZodType>(item: T, most: number) => z.union([item, z.array(item).max(most)]);
export const institutionListQuery = listQuerySchema(
  z
    .object({
      id: z.array(z.string().max(40)).max(200).optional(),
      q: z.string().max(200).optional(),
      kind: oneOrMany(z.enum(institutionKinds), institutionKinds.length).optional(),
      sector: oneOrMany(z.string().max(80), 30).optional(),
      departmentCode: oneOrMany(z.string().max(2), 22).optional(),
      active: z.boolean().optional(),
    })
    .strict(),
  ['code', 'name', 'kind', 'sector', 'departmentCode', 'active'],
);

/** What String.prototype.trim removes (ECMAScript's white space and line terminators), spelled out for regexes: \\s differs between languages. */
export const trimmedCharacters = '\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';

/**
 * An address a mail relay takes: zod's rule, with each label of the domain a host name (no hyphen
 * at either end, as relays check). The document states it, spaces trimmed around it, so clients
 * and fuzzers send what is accepted.
 */
const mailAddress = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;
const emailInput = new RegExp(`^[${trimmedCharacters}]*${mailAddress.source.slice(1, -1)}[${trimmedCharacters}]*$`);
const email = z
  .string('es obligatorio')
  .max(200)
  .trim()
  .toLowerCase()
  .pipe(z.email({ pattern: mailAddress, message: 'no es un correo válido' }))
  .meta({ pattern: emailInput.source });
/** POST /api/users: a person of an institution (or of none: admins), invited by mail to set a password. */
export const userCreateBody = z
  .object({
    email,
    name: z.string('es obligatorio').max(200, 'admite hasta 200 caracteres').trim().min(3, 'debe tener al menos 3 caracteres'),
    role: z.enum(roles, 'debe ser admin, coordinator, director, authority o planner'),
    institutionId: z.string().trim().min(1).nullish(),
    locale: z.enum(['es', 'en'], 'debe ser es o en').default('es'),
  })
  .strict();
/** PUT /api/users/:id: what may change; active=false deactivates and ends the person's sessions. */
export const userUpdateBody = z
  .object({
    name: userCreateBody.shape.name.optional(),
    role: userCreateBody.shape.role.optional(),
    institutionId: z.string().trim().min(1).nullish(),
    locale: z.enum(['es', 'en'], 'debe ser es o en').optional(),
    active: z.boolean('debe ser true o false').optional(),
  })
  // The console sends the whole record back: what cannot change here (id, email...) is left aside.
  .strip();
export const userListQuery = listQuerySchema(
  z
    .object({
      // Within Node's 16 KB of headers too, as the institutions' filter (a page's references).
      id: z.array(z.string().max(40)).max(200).optional(),
      q: z.string().max(200).optional(),
      institutionId: z.string().max(40).optional(),
      role: z.enum(roles).optional(),
      active: z.boolean().optional(),
    })
    .strict(),
  ['email', 'name', 'role', 'createdAt', 'active'],
);

/** POST /api/auth/password-setup: the mailed link's token and the new password. */
export const passwordSetupBody = z.object({
  token: z.string('es obligatorio').min(20, 'el enlace no es válido').max(200, 'el enlace no es válido'),
  password: z.string('es obligatoria').min(10, 'debe tener al menos 10 caracteres').max(200, 'admite hasta 200 caracteres'),
});
/** POST /api/auth/password-setup/lookup: the mailed link's token, in the body rather than a path that logs keep. */
export const passwordSetupLookupBody = passwordSetupBody.pick({ token: true });

/** PUT /api/mail-preferences: the kinds of stage event taken in the daily digest; the others come at once. */
export const mailPreferencesBody = z
  .object({ digestKinds: z.array(z.enum(stageEvents, { error: 'tipo de aviso desconocido' })).max(stageEvents.length) })
  .strict();
