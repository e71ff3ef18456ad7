// The zod schemas of what the API answers. The presenters are typed by them, /api/openapi.json
// describes them (src/api/openapi.ts), the console takes its record types from them (import type),
// and the API tests check every answer they receive against them (tests/support/responseConformance.ts).
// Strict objects: a field a presenter adds without declaring it here is a failing test, not drift.
import { z } from 'zod';
import { roles } from '../domain/actor';
import { stageEvents } from '../domain/stageEvent';
import { calendarTemplate } from '../domain/calendar/template';
import { stageStatuses } from '../domain/stageRules';
import type { DeliverableCheck } from '../deliverables/stageDeliverable';
import type { CycleStatistics } from '../domain/cycleStatistics';
import type { MultiYearComparison } from '../domain/planBudget/multiYear';
import type { SnapshotDiff } from '../domain/planBudget/snapshotDiff';
import { actionLinkActions } from '../mail/actionLinks';
import { institutionKinds } from './schemas';

const timestamp = z.iso.datetime({ offset: true });
const stageScope = z.enum(['institution', 'coordination']);
const cycleStatus = z.enum(['running', 'completed']);
const localizedText = z.strictObject({ es: z.string(), en: z.string() });

// --- Sessions and people ----------------------------------------------------------------------

/** Who a person is, with the role and institution they act with. */
const person = {
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  institutionId: z.string().nullable(),
  institutionCode: z.string().nullable(),
};

/** The signed-in person, as /api/auth/me and the sign-in answer give it. */
export const sessionUserRecord = z.strictObject({
  ...person,
  /** The institution's time zone (IANA), in which the console shows dates. */
  timeZone: z.string(),
});
export type SessionUserRecord = z.output<typeof sessionUserRecord>;

/** A sign-in, or a password set with a first-access link: the bearer token and who it is. */
export const signedIn = z.strictObject({ token: z.string(), user: sessionUserRecord });
export type SignedIn = z.output<typeof signedIn>;

export const passwordSetupLink = z.strictObject({ email: z.string(), name: z.string(), expiresAt: timestamp });
export type PasswordSetupLink = z.output<typeof passwordSetupLink>;

/** A person with an account (admins and coordinators only). */
export const userRecord = z.strictObject({
  ...person,
  /** The language of the person's mail. */
  locale: z.enum(['es', 'en']),
  /** A deactivated person cannot sign in; their history stays. */
  active: z.boolean(),
  /** False until the person has used the link of their invitation. */
  passwordSet: z.boolean(),
  createdAt: timestamp,
});
export type UserRecord = z.output<typeof userRecord>;

export const invitationSent = z.strictObject({ sentTo: z.string(), expiresAt: timestamp });
export type InvitationSent = z.output<typeof invitationSent>;

// --- Institutions -----------------------------------------------------------------------------

export const institutionRecord = z.strictObject({
  id: z.string(),
  code: z.string(),
  /** MINFIN's codigoEntidad, e.g. "12100401". */
  budgetEntityCode: z.string().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(institutionKinds),
  sector: z.string().nullable(),
  /** Departamento of its seat, "01".."22". */
  departmentCode: z.string().nullable(),
  /** Municipio of its seat, DDMM. */
  municipalityCode: z.string().nullable(),
  timeZone: z.string(),
  active: z.boolean(),
  /** Codes of the coordinator institutions it answers to, e.g. ["SEGEPLAN", "MINFIN"]. */
  coordinatorCodes: z.array(z.string()),
});
export type InstitutionRecord = z.output<typeof institutionRecord>;

/** What the active institutions have, to fill the console's filter choices. */
export const institutionFacets = z.strictObject({
  kinds: z.array(z.strictObject({ kind: z.enum(institutionKinds), count: z.number().int() })),
  sectors: z.array(z.strictObject({ sector: z.string(), count: z.number().int() })),
  departments: z.array(z.strictObject({ code: z.string(), name: z.string(), count: z.number().int() })),
});
export type InstitutionFacets = z.output<typeof institutionFacets>;

// --- Stages and their trail -------------------------------------------------------------------

export const approvalStepRecord = z.strictObject({
  role: z.enum(roles).exclude(['admin']),
  institutionId: z.string(),
  /** Set when the approval was delegated or reassigned to one person. */
  assignee: z.strictObject({ userId: z.string(), name: z.string() }).optional(),
  /** Set on a level a template rule added for this version. */
  addedBy: z.strictObject({ rule: z.string(), name: z.string() }).optional(),
  /** 'all': every member approves the level (parallel review); members and who approved, in the version under review. */
  quorum: z.literal('all').optional(),
  members: z.array(z.strictObject({ userId: z.string(), name: z.string() })).optional(),
  approvedBy: z.array(z.string()).optional(),
});

/** What a stage or an institution's cycle says of where it belongs. */
const ofCycleAndInstitution = {
  id: z.string(),
  cycleId: z.string(),
  fiscalYear: z.number().int(),
  institutionId: z.string(),
  institutionCode: z.string(),
  institutionName: z.string(),
};

export const stageRecord = z.strictObject({
  ...ofCycleAndInstitution,
  /** The institution's time zone (IANA), in which the stage's dates are shown. */
  timeZone: z.string(),
  code: z.string(),
  name: z.string(),
  scope: stageScope,
  status: z.enum(stageStatuses),
  version: z.number().int(),
  /** The level of the approval chain whose decision is awaited (0-based). */
  reviewLevel: z.number().int(),
  approvalChain: z.array(approvalStepRecord).nullable(),
  deadline: timestamp,
  daysToDeadline: z.number().int(),
  overdue: z.boolean(),
  lastComment: z.string().nullable(),
  workflowId: z.string(),
  updatedAt: timestamp,
  /** Whether the reader sent the version awaiting its first decision (one stage and the actions only). */
  recallable: z.boolean().optional(),
});
export type StageRecord = z.output<typeof stageRecord>;

/** A bulk decision: each stage's outcome in the order given, the decided with the stage as it now stands. */
export const stageDecisionsResult = z.strictObject({
  decided: z.number().int(),
  failed: z.number().int(),
  results: z.array(
    z.discriminatedUnion('ok', [
      z.strictObject({ stageId: z.string(), requestId: z.string(), ok: z.literal(true), stage: stageRecord }),
      /** `status` and `message` are what the stage's own route would have answered. */
      z.strictObject({ stageId: z.string(), requestId: z.string(), ok: z.literal(false), status: z.number().int(), message: z.string() }),
    ]),
  ),
});
export type StageDecisionsResult = z.output<typeof stageDecisionsResult>;

/** A delegation of someone's pending approvals: the stages handed over, and those kept with the reason. */
export const delegationResult = z.strictObject({
  reassigned: z.array(z.string()),
  refused: z.array(z.strictObject({ stageId: z.string(), message: z.string() })),
});
export type DelegationResult = z.output<typeof delegationResult>;

/** A line of the audit trail; actorId only for administrators. */
export const auditEventRecord = z.strictObject({
  id: z.string(),
  stageId: z.string().nullable(),
  /** On a stage, one of its events (domain/stageEvent.ts); on a record (entity), created, updated, deleted or another verb. */
  action: z.string(),
  actorId: z.string().nullable().optional(),
  actorName: z.string().nullable(),
  actorRole: z.enum(roles).nullable(),
  comment: z.string().nullable(),
  reasonCode: z.string().nullable(),
  version: z.number().int(),
  at: timestamp,
  seq: z.number().int(),
  prevHash: z.string().nullable(),
  hash: z.string(),
  keyed: z.boolean(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  institutionId: z.string().nullable(),
  changes: z.json().nullable(),
  institutionCode: z.string().nullable(),
  stageName: z.string().nullable(),
});
export type AuditEventRecord = z.output<typeof auditEventRecord>;

// --- Cycles -----------------------------------------------------------------------------------

export const cycleRecord = z.strictObject({
  id: z.string(),
  jurisdiction: z.string(),
  fiscalYear: z.number().int(),
  phase: calendarTemplate.shape.phase.removeDefault(),
  status: cycleStatus,
  workflowId: z.string().nullable(),
  /** Calendar ms per real ms: 1 is the real calendar. */
  timeScale: z.number(),
  institutions: z.number().int().nullable(),
  createdAt: timestamp,
});
export type CycleRecord = z.output<typeof cycleRecord>;

export const progressCell = z.strictObject({
  stageCode: z.string(),
  stageId: z.string().nullable(),
  status: z.enum([...stageStatuses, 'not_open']),
  deadline: timestamp.nullable(),
  daysToDeadline: z.number().int().nullable(),
  overdue: z.boolean(),
  /** "role@INSTITUTION" of whoever has to act now, e.g. "director@MSPAS". */
  heldBy: z.string().nullable(),
  /** Whether the signed-in person decides this stage now (their role's turn, delegated to them, or a member still due). */
  awaitsReader: z.boolean(),
});
export type ProgressCell = z.output<typeof progressCell>;

/** The institution x stage matrix, with the coordinators' own stages apart. */
export const cycleProgress = z.strictObject({
  cycleId: z.string(),
  calendarNow: timestamp,
  stages: z.array(z.strictObject({ code: z.string(), name: localizedText, scope: stageScope, order: z.number().int() })),
  coordination: z.array(progressCell),
  /** Whether the coordinators' row passes the filters asked for (it has no sector, type or department). */
  coordinationMatches: z.boolean(),
  /** The page of institutions asked for, in code order. */
  institutions: z.array(z.strictObject({ institutionId: z.string(), institutionCode: z.string(), timeZone: z.string(), cells: z.array(progressCell) })),
  /** Institutions in the cycle, and of them the ones that pass the filters. */
  total: z.number().int(),
  matching: z.number().int(),
  page: z.number().int(),
  /** Null: every matching institution in one answer. */
  perPage: z.number().int().nullable(),
});
export type CycleProgress = z.output<typeof cycleProgress>;

/** How far a cycle's start has gone: institution cycles started and ended, of how many. */
export const cycleStartProgress = z.strictObject({ cycleId: z.string(), institutions: z.number().int(), started: z.number().int(), completed: z.number().int() });
export type CycleStartProgress = z.output<typeof cycleStartProgress>;

export const institutionCycleRecord = z.strictObject({
  ...ofCycleAndInstitution,
  status: cycleStatus,
  workflowId: z.string(),
});
export type InstitutionCycleRecord = z.output<typeof institutionCycleRecord>;

// --- Notices ----------------------------------------------------------------------------------

export const notificationRecord = z.strictObject({
  id: z.string(),
  stageId: z.string().nullable(),
  subject: z.string(),
  text: z.string(),
  link: z.string().nullable(),
  createdAt: timestamp,
  readAt: timestamp.nullable(),
});
export type NotificationRecord = z.output<typeof notificationRecord>;
export const notificationMarked = notificationRecord.extend({ marked: z.boolean() });
export const unreadCount = z.strictObject({ unread: z.number().int() });
export const notificationsMarked = z.strictObject({ marked: z.number().int() });

/** Which kinds of stage event the person takes in the daily digest instead of at once; every kind there is. */
export const mailPreferences = z.strictObject({ kinds: z.array(z.enum(stageEvents)), digestKinds: z.array(z.enum(stageEvents)) });
export type MailPreferences = z.output<typeof mailPreferences>;
/** A stage's deadline on the person's calendar, in its institution's time zone. */
export const deadlineRecord = z.strictObject({
  stageId: z.string(),
  stageCode: z.string(),
  stageName: z.string(),
  institutionCode: z.string(),
  institutionName: z.string(),
  timeZone: z.string(),
  status: z.enum(stageStatuses),
  overdue: z.boolean(),
  deadline: timestamp,
});
export type DeadlineRecord = z.output<typeof deadlineRecord>;
/** The person's calendar link: whether one is active; the URL only when it is made. */
export const calendarSubscription = z.strictObject({ active: z.boolean(), url: z.string().optional() });
export type CalendarSubscription = z.output<typeof calendarSubscription>;

/** A message of the local SMTP sink. */
export const sinkMail = z.strictObject({
  id: z.string(),
  from: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  text: z.string(),
  receivedAt: timestamp,
  /** Ciclo's X-Ciclo-Idempotency-Key header: the same on every send of one mail. */
  idempotencyKey: z.string().optional(),
});
export type SinkMail = z.output<typeof sinkMail>;

// --- Mail links -------------------------------------------------------------------------------

const linkAction = z.enum(actionLinkActions);

/** What an approve or return link of a mail would do, and whether it still can. */
export const emailActionLink = z.strictObject({
  action: linkAction,
  version: z.number().int(),
  expiresAt: timestamp,
  stageId: z.string(),
  stageName: z.string(),
  stageStatus: z.enum(stageStatuses),
  currentVersion: z.number().int(),
  institutionCode: z.string(),
  institutionName: z.string(),
  /** The stage's institution's time zone: the page has no session to take one from. */
  timeZone: z.string(),
  personName: z.string(),
  usable: z.boolean(),
  /** Why it can no longer be used. */
  reason: z.string().optional(),
});
export type EmailActionLink = z.output<typeof emailActionLink>;

/** A mail link used: the stage as it now stands. */
export const emailActionDone = z.strictObject({
  action: linkAction,
  message: z.string(),
  stageId: z.string(),
  stageName: z.string(),
  institutionName: z.string(),
  status: z.enum(stageStatuses),
  version: z.number().int(),
  personName: z.string(),
});
export type EmailActionDone = z.output<typeof emailActionDone>;

// --- The installation -------------------------------------------------------------------------

/** What the console needs to know of this installation. */
export const consoleSettings = z.strictObject({
  /** The Temporal Web UI, to link each stage's workflow. */
  temporalUi: z.strictObject({ url: z.string(), namespace: z.string() }).nullable(),
  /** Whether the local mailbox (the SMTP sink) can be read. */
  mailSink: z.boolean(),
});
export type ConsoleSettings = z.output<typeof consoleSettings>;

const partHealth = z.string().describe('ok, o el error de la parte');
/** Each part's state: ok, or its error; 503 names the failing ones. */
export const health = z.strictObject({
  status: z.enum(['ok', 'error']),
  temporal: partHealth,
  database: partHealth,
  smtp: partHealth,
  failing: z.array(z.enum(['temporal', 'database', 'smtp'])).optional(),
  message: z.string().optional(),
});

// --- Answers made of the domain's own results ------------------------------------------------
// Typed, not yet schemas: the document describes them as objects (src/api/openapi.ts).

/** GET /api/stages/:id/checks: the deliverable's check now, with the stage and version it is of. */
export type StageChecksAnswer = DeliverableCheck & { stageId: string; version: number };
/** GET /api/stages/:id/diff: what changed between two versions (to: a version, or the content now). */
export type StageDiffAnswer = SnapshotDiff & { stageId: string; from: number; to: number | 'actual' };
/** GET /api/multi-year: the five-year comparison for one institution and year. */
export type MultiYearAnswer = MultiYearComparison & { institutionId: string; fiscalYear: number };
/** GET /api/cycles/:id/statistics: the cycle's figures. */
export type CycleStatisticsAnswer = CycleStatistics & { cycleId: string };
