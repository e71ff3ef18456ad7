import type { RaRecord } from 'react-admin';
// Types only, erased from the bundle: the console reads the server's own definitions.
import type { ApprovalLevel, CalendarTemplate as TemplateBody, DateRule, ParticipantRole, StageTemplate } from '../../src/domain/calendar/template';
import type { Role } from '../../src/domain/actor';
import type { StageEvent } from '../../src/domain/stageEvent';
import type { ReturnReasonCode, StageStatus } from '../../src/domain/stageRules';

export type { ReturnReasonCode, Role, StageStatus };

// The console takes only types from src, so these lists of values live here; keyed by the
// server's types, a member added or dropped there is a type error here, not a missing choice.
const roleKeys: Record<Role, true> = { admin: true, coordinator: true, director: true, authority: true, planner: true };
export const ROLES: readonly Role[] = Object.keys(roleKeys) as Role[];

export interface SessionUser {
  id: string | number;
  email: string;
  name: string;
  role: Role;
  institutionId: string | number | null;
  institutionCode: string | null;
  /** The institution's time zone; absent in a session saved before the API gave it. */
  timeZone?: string;
}

const stageStatusKeys: Record<StageStatus, true> = { draft: true, submitted: true, in_review: true, approved: true };
export const STAGE_STATUSES: readonly StageStatus[] = Object.keys(stageStatusKeys) as StageStatus[];

/** One level of a stage's approval chain, as the API returns it. */
export interface ApprovalStep {
  role: Exclude<Role, 'admin'>;
  institutionId: string;
  assignee?: { userId: string; name: string };
}

export interface Stage extends RaRecord<string> {
  id: string;
  cycleId: string;
  fiscalYear: number;
  institutionId: string;
  institutionCode: string;
  institutionName: string;
  /** The institution's time zone (IANA), in which the stage's dates are shown. */
  timeZone: string;
  code: string;
  name: string;
  scope?: 'institution' | 'coordination';
  status: StageStatus;
  version: number;
  /** The level of the approval chain whose decision is awaited (0-based). */
  reviewLevel?: number;
  approvalChain?: ApprovalStep[] | null;
  deadline: string;
  daysToDeadline?: number | null;
  overdue: boolean;
  lastComment: string | null;
  updatedAt: string;
  /** Whether the reader sent the version awaiting its first decision (GET /stages/:id and the actions only). */
  recallable?: boolean;
}

/** What can happen to a stage, as the server's workflows record it. */
export type AuditAction = StageEvent;

export interface AuditEvent extends RaRecord {
  stageId: string;
  institutionCode: string;
  action: AuditAction;
  actorName: string | null;
  comment: string | null;
  version: number;
  at: string;
}

const returnReasonKeys: Record<ReturnReasonCode, true> = { incomplete: true, inconsistent: true, other: true };
export const RETURN_REASON_CODES: readonly ReturnReasonCode[] = Object.keys(returnReasonKeys) as ReturnReasonCode[];

// ---- Cycles -----------------------------------------------------------------

export type CycleStatus = 'running' | 'completed';

export interface Cycle extends RaRecord<string> {
  id: string;
  jurisdiction: string;
  fiscalYear: number;
  phase: 'planning' | 'execution' | 'municipal';
  status: CycleStatus;
  workflowId: string | null;
  /** Calendar ms per real ms: 1 is the real calendar. */
  timeScale: number;
  institutions: number | null;
  createdAt: string;
}

/**
 * Which institutions a new cycle takes: the active ones matching every criterion given (an empty
 * filter takes them all); coordinators never.
 */
export interface InstitutionFilter {
  kinds?: InstitutionKind[];
  sectors?: string[];
  departmentCodes?: string[];
}

/** What the create form sends: POST /api/cycles (the API takes institutionCodes or institutionFilter). */
export interface CycleCreateData {
  fiscalYear: number;
  templateCode: string;
  institutionFilter: InstitutionFilter;
  timeScale?: number;
}

export type CellStatus = 'not_open' | StageStatus;

export interface ProgressCell {
  stageCode: string;
  stageId: string | null;
  status: CellStatus;
  deadline: string | null;
  daysToDeadline: number | null;
  overdue: boolean;
  /** "role@INSTITUTION" of whoever has to act now, e.g. "director@MSPAS". */
  heldBy: string | null;
}

export interface LocalizedText {
  es: string;
  en: string;
}

export type StageScope = 'institution' | 'coordination';

export interface CycleProgress {
  cycleId?: string;
  calendarNow: string;
  stages: { code: string; name: LocalizedText; scope: StageScope; order: number }[];
  coordination: ProgressCell[];
  institutions: { institutionId?: string; institutionCode: string; timeZone: string; cells: ProgressCell[] }[];
}

/** GET /api/cycles/:id/start-progress: institution cycles started and ended so far. */
export interface CycleStartProgress {
  cycleId: string;
  institutions: number;
  started: number;
  completed: number;
}

// ---- Calendar templates (src/domain/calendar/template.ts) -------------------

export type { ApprovalLevel, DateRule, ParticipantRole, StageTemplate };
export type DayKind = Extract<DateRule, { kind: 'afterApproval' }>['dayKind'];
export type FixedDateRule = Extract<DateRule, { kind: 'fixedDate' }>;
export type AfterApprovalRule = Extract<DateRule, { kind: 'afterApproval' }>;

/** A template as GET /api/calendar-templates/:id answers it: the server's template with its id. */
export interface CalendarTemplate extends RaRecord<string>, TemplateBody {
  id: string;
  updatedAt: string;
}

// ---- Institutions and the people who sign in ---------------------------------

export type InstitutionKind = 'ministry' | 'coordinator' | 'secretariat' | 'decentralised' | 'autonomous' | 'municipality' | 'other';

export const INSTITUTION_KINDS: readonly InstitutionKind[] = ['ministry', 'coordinator', 'secretariat', 'decentralised', 'autonomous', 'municipality', 'other'];

/** The kinds that take part in cycles: every one but the coordinators. */
export const PARTICIPANT_KINDS: readonly InstitutionKind[] = INSTITUTION_KINDS.filter((kind) => kind !== 'coordinator');

/** GET /api/institutions/:id. There is no DELETE: an institution is deactivated (active = false). */
export interface Institution extends RaRecord<string> {
  id: string;
  code: string;
  /** MINFIN's codigoEntidad, e.g. "12100401". */
  budgetEntityCode: string | null;
  name: string;
  shortName: string | null;
  kind: InstitutionKind;
  sector: string | null;
  /** Departamento of its seat, "01".."22". */
  departmentCode: string | null;
  /** Municipio of its seat, DDMM. */
  municipalityCode: string | null;
  timeZone: string;
  active: boolean;
  /** Codes of the coordinator institutions it answers to, e.g. ["SEGEPLAN", "MINFIN"]. */
  coordinatorCodes: string[];
}

/** POST and PUT /api/institutions: the record without its id. */
export type InstitutionData = Omit<Institution, 'id'>;

/** GET /api/institutions/facets: what the active institutions have, to fill filter choices. */
export interface InstitutionFacets {
  kinds: { kind: InstitutionKind; count: number }[];
  sectors: { sector: string; count: number }[];
  departments: { code: string; name: string; count: number }[];
}

/** POST /api/imports/institutions: 200 when every row was good (all or nothing). */
export interface InstitutionImportSummary {
  created: number;
  updated: number;
  institutions: number;
}

/** GET /api/users/:id (admins and coordinators only). */
export interface UserAccount extends RaRecord<string> {
  id: string;
  email: string;
  name: string;
  role: Role;
  institutionId: string | null;
  institutionCode: string | null;
  locale: 'es' | 'en';
  /** A deactivated person cannot sign in; their history stays. */
  active: boolean;
  /** False until the person has used the link of their invitation. */
  passwordSet: boolean;
  createdAt: string;
}

/** POST /api/users: the server mails the person a one-time link to set their password. */
export interface UserCreateData {
  email: string;
  name: string;
  role: Role;
  institutionId?: string | null;
  locale?: 'es' | 'en';
}

/** PUT /api/users/:id: active = false deactivates the person and ends their sessions. */
export type UserUpdateData = Partial<Pick<UserAccount, 'name' | 'role' | 'institutionId' | 'locale' | 'active'>>;

/** POST /api/users/:id/invitation: a new one-time link was mailed. */
export interface InvitationSent {
  sentTo: string;
  expiresAt: string;
}

/** POST /api/auth/password-setup/lookup {token}: whom a first sign-in link is for. */
export interface PasswordSetupLink {
  email: string;
  name: string;
  expiresAt: string;
}
