// The coordinators' figures of a cycle: on-time share per stage, stage completion over time and
// overdue stages per institution. Pure: fed with the Stage rows and their AuditEvents, tested alone.
import { daysToDeadline } from './deadlines';
import type { StageStatus } from './stageRules';

export interface StageForStatistics {
  code: string;
  name: { es: string; en: string };
  order: number;
  scope: 'institution' | 'coordination';
}

export interface InstitutionForStatistics {
  id: string;
  code: string;
  name: string;
  sector: string | null;
  /** Its kind (ministry, municipality...) and department, by which coordinators filter. */
  kind?: string;
  departmentCode?: string | null;
}

export interface StageRowForStatistics {
  id: string;
  code: string;
  institutionId: string;
  status: StageStatus;
  /** ISO instants, in the cycle's calendar time (as the workflow records them). */
  deadline: string;
  approvedAt: string | null;
  overdue: boolean;
}

export interface AuditEventForStatistics {
  stageId: string;
  action: string;
  at: string;
}

export interface StatisticsInput {
  stages: StageForStatistics[];
  /** The institutions taking part; the per-institution figures list each, even with nothing open. */
  institutions: InstitutionForStatistics[];
  rows: StageRowForStatistics[];
  events: AuditEventForStatistics[];
  calendarNowMs: number;
  /** The jurisdiction's offset from UTC in minutes (Guatemala: -360), to cut calendar days. */
  utcOffsetMinutes: number;
}

export interface StageStatistics {
  stageCode: string;
  name: { es: string; en: string };
  scope: 'institution' | 'coordination';
  order: number;
  /** Rows this stage will have: one per institution, or one for the coordinators. */
  expected: number;
  opened: number;
  approved: number;
  approvedOnTime: number;
  approvedLate: number;
  /** Not approved and past its deadline. */
  pendingOverdue: number;
  pendingOnTime: number;
  /** approvedOnTime / (approved + pendingOverdue): null while nothing is decided either way. */
  onTimeShare: number | null;
}

export interface CompletionPoint {
  /** Calendar day, YYYY-MM-DD in the jurisdiction's time. */
  date: string;
  /** Stages approved by the end of that day (cumulative). */
  approved: number;
  /** Opened stages whose deadline fell by the end of that day (cumulative). */
  due: number;
}

export interface InstitutionStatistics {
  institutionId: string;
  institutionCode: string;
  institutionName: string;
  sector: string | null;
  kind: string | null;
  departmentCode: string | null;
  opened: number;
  approved: number;
  approvedLate: number;
  /** Stages not approved and past their deadline, now. */
  overdue: number;
  /** The largest delay among those, in calendar days; 0 when none. */
  maxDaysLate: number;
}

export interface CycleStatistics {
  calendarNow: string;
  totals: { expected: number; opened: number; approved: number; approvedOnTime: number; approvedLate: number; overdue: number; onTimeShare: number | null };
  byStage: StageStatistics[];
  completion: { expected: number; points: CompletionPoint[] };
  byInstitution: InstitutionStatistics[];
}

interface Judged {
  row: StageRowForStatistics;
  approved: boolean;
  approvedAtMs: number | null;
  late: boolean;
  pendingOverdue: boolean;
}

/**
 * A stage is late when it was approved after its deadline, or when it ever fell overdue (an
 * `overdue` event): an extension granted after the date passed does not make it on time. The
 * approval instant is the row's approvedAt, else its last `approved` event.
 */
function judge(row: StageRowForStatistics, events: AuditEventForStatistics[], nowMs: number): Judged {
  const approved = row.status === 'approved';
  const deadlineMs = Date.parse(row.deadline);
  const approvalEvents = events.filter((e) => e.action === 'approved').map((e) => Date.parse(e.at));
  const approvedAtMs = !approved ? null : row.approvedAt ? Date.parse(row.approvedAt) : approvalEvents.length ? Math.max(...approvalEvents) : null;
  const wentOverdue = events.some((e) => e.action === 'overdue');
  const late = approved && (wentOverdue || (approvedAtMs !== null && approvedAtMs > deadlineMs));
  const pendingOverdue = !approved && (row.overdue || deadlineMs < nowMs);
  return { row, approved, approvedAtMs, late, pendingOverdue };
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export function cycleStatistics(input: StatisticsInput): CycleStatistics {
  const { calendarNowMs: nowMs } = input;
  const eventsByStage = new Map<string, AuditEventForStatistics[]>();
  for (const event of input.events) eventsByStage.set(event.stageId, [...(eventsByStage.get(event.stageId) ?? []), event]);
  const judged = input.rows.map((row) => judge(row, eventsByStage.get(row.id) ?? [], nowMs));
  const stages = [...input.stages].sort((a, b) => a.order - b.order);
  const expectedOf = (stage: StageForStatistics) => (stage.scope === 'institution' ? input.institutions.length : 1);

  const byStage = stages.map((stage): StageStatistics => {
    const mine = judged.filter((j) => j.row.code === stage.code);
    const approved = mine.filter((j) => j.approved);
    const approvedLate = approved.filter((j) => j.late).length;
    const pendingOverdue = mine.filter((j) => j.pendingOverdue).length;
    return {
      stageCode: stage.code,
      name: stage.name,
      scope: stage.scope,
      order: stage.order,
      expected: expectedOf(stage),
      opened: mine.length,
      approved: approved.length,
      approvedOnTime: approved.length - approvedLate,
      approvedLate,
      pendingOverdue,
      pendingOnTime: mine.length - approved.length - pendingOverdue,
      onTimeShare: share(approved.length - approvedLate, approved.length + pendingOverdue),
    };
  });

  const sum = (pick: (s: StageStatistics) => number) => byStage.reduce((total, s) => total + pick(s), 0);
  const totals = {
    expected: sum((s) => s.expected),
    opened: sum((s) => s.opened),
    approved: sum((s) => s.approved),
    approvedOnTime: sum((s) => s.approvedOnTime),
    approvedLate: sum((s) => s.approvedLate),
    overdue: sum((s) => s.pendingOverdue),
    onTimeShare: share(sum((s) => s.approvedOnTime), sum((s) => s.approved) + sum((s) => s.pendingOverdue)),
  };

  const byInstitution = input.institutions.map((institution): InstitutionStatistics => {
    const mine = judged.filter((j) => j.row.institutionId === institution.id && stages.some((s) => s.code === j.row.code && s.scope === 'institution'));
    const overdue = mine.filter((j) => j.pendingOverdue);
    return {
      institutionId: institution.id,
      institutionCode: institution.code,
      institutionName: institution.name,
      sector: institution.sector,
      kind: institution.kind ?? null,
      departmentCode: institution.departmentCode ?? null,
      opened: mine.length,
      approved: mine.filter((j) => j.approved).length,
      approvedLate: mine.filter((j) => j.late).length,
      overdue: overdue.length,
      maxDaysLate: overdue.reduce((max, j) => Math.max(max, Math.max(0, -daysToDeadline(j.row.deadline, nowMs))), 0),
    };
  });

  return {
    calendarNow: new Date(nowMs).toISOString(),
    totals,
    byStage,
    completion: { expected: totals.expected, points: completion(judged, nowMs, input.utcOffsetMinutes) },
    byInstitution,
  };
}

/** One point per calendar day on which something was approved or fell due, up to today. */
function completion(judged: Judged[], nowMs: number, offsetMinutes: number): CompletionPoint[] {
  const dayOf = (ms: number) => new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10);
  const today = dayOf(nowMs);
  const approvals = judged.flatMap((j) => (j.approvedAtMs === null ? [] : [dayOf(j.approvedAtMs)]));
  const deadlines = judged.map((j) => dayOf(Date.parse(j.row.deadline)));
  const days = [...new Set([...approvals, ...deadlines, today])].filter((d) => d <= today).sort();
  return days.map((date) => ({
    date,
    approved: approvals.filter((d) => d <= date).length,
    due: deadlines.filter((d) => d <= date).length,
  }));
}

/** "-06:00" as -360. */
export function offsetMinutes(utcOffset: string): number {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(utcOffset);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}
