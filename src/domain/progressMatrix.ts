// The coordinators' view of a cycle: institutions x stages, each cell with its status, days to
// the deadline (negative when late) and who holds it now. Pure: fed with rows, tested alone.
import type { StageTemplate } from './calendar/template';
import { daysToDeadline } from './deadlines';
import { awaitingDecisionOf } from './pendingApprovals';
import { stageStatuses, type ApprovalStep, type StageStatus } from './stageRules';

export interface StageRowForProgress {
  code: string;
  institutionId: string;
  status: StageStatus;
  reviewLevel: number;
  overdue: boolean;
  deadline: string;
  approvalChain: ApprovalStep[] | null;
  id: string;
}

export interface ProgressCell {
  stageCode: string;
  stageId: string | null;
  status: StageStatus | 'not_open';
  deadline: string | null;
  daysToDeadline: number | null;
  overdue: boolean;
  /** The role (and institution code, for a coordinator) whose move it is. */
  heldBy: string | null;
  /**
   * Whether the reader decides this stage now: at their role and institution, delegated to them,
   * or one of a level's members who all approve and they have not yet.
   */
  awaitsReader: boolean;
}

/** Who reads the matrix, for `awaitsReader`. */
export interface MatrixReader {
  userId: string;
  role: string;
  institutionId: string | null;
}

export interface ProgressRow {
  institutionId: string;
  institutionCode: string;
  /** The institution's time zone, in which its cells' dates are shown. */
  timeZone: string;
  cells: ProgressCell[];
}

/** The matrix's status filter: a row passes when any of its cells is in that status, or overdue. */
export const progressStatusFilters = ['not_open', ...stageStatuses, 'overdue'] as const;
export type ProgressStatusFilter = (typeof progressStatusFilters)[number];

/** A cell is overdue while it is open, not approved and past its deadline (as the matrix shows it). */
export function cellMatches(cell: ProgressCell, status: ProgressStatusFilter): boolean {
  if (status !== 'overdue') return cell.status === status;
  return cell.status !== 'approved' && cell.status !== 'not_open' && (cell.overdue || (cell.daysToDeadline ?? 0) < 0);
}

/** Whether a row of cells passes the status filter (none: every row). */
export const rowMatches = (cells: ProgressCell[], status: ProgressStatusFilter | undefined) => !status || cells.some((cell) => cellMatches(cell, status));

export function progressMatrix(
  stages: StageTemplate[],
  institutions: { id: string; code: string; timeZone: string }[],
  rows: StageRowForProgress[],
  codeOf: (institutionId: string) => string,
  calendarNowMs: number,
  reader?: MatrixReader,
): ProgressRow[] {
  // Rows by institution, then by stage code (a thousand institutions: no key strings to build).
  const byInstitution = new Map<string, Map<string, StageRowForProgress>>();
  for (const row of rows) {
    const own = byInstitution.get(row.institutionId) ?? new Map<string, StageRowForProgress>();
    byInstitution.set(row.institutionId, own.set(row.code, row));
  }
  const institutionStages = stages.filter((s) => s.scope === 'institution');
  return institutions.map((institution) => {
    const own = byInstitution.get(institution.id);
    return {
      institutionId: institution.id,
      institutionCode: institution.code,
      timeZone: institution.timeZone,
      cells: institutionStages.map((stage) => cell(stage.code, own?.get(stage.code), codeOf, calendarNowMs, reader)),
    };
  });
}

/** The coordinators' own stages, one row, whichever coordinator owns each. */
export function coordinationRow(stages: StageTemplate[], rows: StageRowForProgress[], codeOf: (institutionId: string) => string, calendarNowMs: number, reader?: MatrixReader): ProgressCell[] {
  return stages
    .filter((s) => s.scope === 'coordination')
    .map((stage) => cell(stage.code, rows.find((r) => r.code === stage.code), codeOf, calendarNowMs, reader));
}

function cell(stageCode: string, row: StageRowForProgress | undefined, codeOf: (id: string) => string, nowMs: number, reader: MatrixReader | undefined): ProgressCell {
  if (!row) return { stageCode, stageId: null, status: 'not_open', deadline: null, daysToDeadline: null, overdue: false, heldBy: null, awaitsReader: false };
  return {
    stageCode,
    stageId: row.id,
    status: row.status,
    deadline: row.deadline,
    daysToDeadline: row.status === 'approved' ? null : daysToDeadline(row.deadline, nowMs),
    overdue: row.overdue,
    heldBy: holder(row, codeOf),
    awaitsReader: !!reader && awaitingDecisionOf([row], reader).length > 0,
  };
}

function holder(row: StageRowForProgress, codeOf: (id: string) => string): string | null {
  if (row.status === 'approved') return null;
  if (row.status === 'draft') return `planner@${codeOf(row.institutionId)}`;
  const step = row.approvalChain?.[row.reviewLevel];
  return step ? `${step.role}@${codeOf(step.institutionId)}` : null;
}
