import type { z } from 'zod';
// Types only, erased from the bundle: the console reads the server's own definitions, the API's
// answers from src/api/responses.ts and its request bodies from src/api/schemas.ts, so a field
// changed there is a type error here.
import type {
  AuditEventRecord,
  ConsoleSettings,
  CycleRecord,
  CycleProgress,
  CycleStartProgress,
  DeadlineRecord,
  EmailActionDone,
  EmailActionLink,
  InstitutionFacets,
  InstitutionRecord,
  InvitationSent,
  NotificationRecord,
  PasswordSetupLink,
  ProgressCell,
  SessionUserRecord,
  SignedIn,
  SinkMail,
  StageRecord,
  UserRecord,
} from '../../src/api/responses';
import type { calendarTemplateRecord, institutionBody, institutionFilter, institutionKinds, progressMatrixQuery, startCycleBody, userCreateBody, userUpdateBody } from '../../src/api/schemas';
import type { ApprovalLevel, DateRule, ParticipantRole, RoutingRule, StageTemplate } from '../../src/domain/calendar/template';
import type { Role } from '../../src/domain/actor';
import type { StageEvent } from '../../src/domain/stageEvent';
import type { ReturnReasonCode, StageStatus } from '../../src/domain/stageRules';

export type {
  ConsoleSettings,
  DeadlineRecord,
  CycleProgress,
  CycleStartProgress,
  EmailActionDone,
  EmailActionLink,
  InstitutionFacets,
  InvitationSent,
  NotificationRecord,
  PasswordSetupLink,
  ProgressCell,
  ReturnReasonCode,
  Role,
  SignedIn,
  SinkMail,
  StageStatus,
};

// The console takes only types from src, so these lists of values live here; keyed by the
// server's types, a member added or dropped there is a type error here, not a missing choice.
const roleKeys: Record<Role, true> = { admin: true, coordinator: true, director: true, authority: true, planner: true };
export const ROLES: readonly Role[] = Object.keys(roleKeys) as Role[];

/** The signed-in person; timeZone may be absent in a session saved before the API gave it. */
export type SessionUser = Omit<SessionUserRecord, 'timeZone'> & Partial<Pick<SessionUserRecord, 'timeZone'>>;

const stageStatusKeys: Record<StageStatus, true> = { draft: true, submitted: true, in_review: true, approved: true };
export const STAGE_STATUSES: readonly StageStatus[] = Object.keys(stageStatusKeys) as StageStatus[];

/** One level of a stage's approval chain, as the API returns it. */
export type ApprovalStep = NonNullable<StageRecord['approvalChain']>[number];

export type Stage = StageRecord;

/** What can happen to a stage, as the server's workflows record it. */
export type AuditAction = StageEvent;

/** A line of the stage trail: the server's record, its action one of the stage events. */
export type AuditEvent = Omit<AuditEventRecord, 'action'> & { action: AuditAction };

const returnReasonKeys: Record<ReturnReasonCode, true> = { incomplete: true, inconsistent: true, other: true };
export const RETURN_REASON_CODES: readonly ReturnReasonCode[] = Object.keys(returnReasonKeys) as ReturnReasonCode[];

// ---- Cycles -----------------------------------------------------------------

export type CycleStatus = CycleRecord['status'];

export type Cycle = CycleRecord;

/**
 * Which institutions a new cycle takes: the active ones matching every criterion given (an empty
 * filter takes them all); coordinators never.
 */
export type InstitutionFilter = z.input<typeof institutionFilter>;
/** Which rows of the progress matrix to ask for: filters and page (GET /api/cycles/:id/progress). */
export type ProgressSelection = z.input<typeof progressMatrixQuery>;

/** What the create form sends: POST /api/cycles (the API takes institutionCodes or institutionFilter). */
export type CycleCreateData = Pick<z.input<typeof startCycleBody>, 'fiscalYear' | 'templateCode' | 'timeScale'> & { institutionFilter: InstitutionFilter };

export type CellStatus = ProgressCell['status'];

export type LocalizedText = CycleProgress['stages'][number]['name'];

export type StageScope = StageRecord['scope'];

// ---- Calendar templates (src/domain/calendar/template.ts) -------------------

export type { ApprovalLevel, DateRule, ParticipantRole, RoutingRule, StageTemplate };
export type DayKind = Extract<DateRule, { kind: 'afterApproval' }>['dayKind'];
export type FixedDateRule = Extract<DateRule, { kind: 'fixedDate' }>;
export type AfterApprovalRule = Extract<DateRule, { kind: 'afterApproval' }>;

/** A template as GET /api/calendar-templates/:id answers it: the server's template with its id. */
export type CalendarTemplate = z.output<typeof calendarTemplateRecord>;

// ---- Institutions and the people who sign in ---------------------------------

export type InstitutionKind = (typeof institutionKinds)[number];

const institutionKindKeys: Record<InstitutionKind, true> = { ministry: true, coordinator: true, secretariat: true, decentralised: true, autonomous: true, municipality: true, other: true };
export const INSTITUTION_KINDS: readonly InstitutionKind[] = Object.keys(institutionKindKeys) as InstitutionKind[];

/** The kinds that take part in cycles: every one but the coordinators. */
export const PARTICIPANT_KINDS: readonly InstitutionKind[] = INSTITUTION_KINDS.filter((kind) => kind !== 'coordinator');

/** GET /api/institutions/:id. There is no DELETE: an institution is deactivated (active = false). */
export type Institution = InstitutionRecord;

/** POST and PUT /api/institutions: the record without its id. */
export type InstitutionData = z.input<typeof institutionBody>;

export type { InstitutionImportSummary } from '../../src/administration/institutionImport';

/** GET /api/users/:id (admins and coordinators only). */
export type UserAccount = UserRecord;

/** POST /api/users: the server mails the person a one-time link to set their password. */
export type UserCreateData = z.input<typeof userCreateBody>;

/** PUT /api/users/:id: active = false deactivates the person and ends their sessions. */
export type UserUpdateData = z.input<typeof userUpdateBody>;
