import type { InstitutionKind, LocalizedText, StageScope } from '../types';

/** GET /api/cycles/:id/statistics (src/domain/cycleStatistics.ts). */
export interface StageStatistics {
  stageCode: string;
  name: LocalizedText;
  scope: StageScope;
  order: number;
  expected: number;
  opened: number;
  approved: number;
  approvedOnTime: number;
  approvedLate: number;
  pendingOverdue: number;
  pendingOnTime: number;
  /** 0..1, null while nothing is decided either way. */
  onTimeShare: number | null;
}

export interface CompletionPoint {
  /** YYYY-MM-DD in the cycle's calendar. */
  date: string;
  approved: number;
  due: number;
}

export interface InstitutionStatistics {
  institutionId: string;
  institutionCode: string;
  institutionName: string;
  sector: string | null;
  kind: InstitutionKind | null;
  /** Departamento of its seat, "01".."22". */
  departmentCode: string | null;
  opened: number;
  approved: number;
  approvedLate: number;
  overdue: number;
  maxDaysLate: number;
}

export interface CycleStatistics {
  cycleId: string;
  calendarNow: string;
  totals: {
    expected: number;
    opened: number;
    approved: number;
    approvedOnTime: number;
    approvedLate: number;
    overdue: number;
    onTimeShare: number | null;
  };
  byStage: StageStatistics[];
  completion: { expected: number; points: CompletionPoint[] };
  byInstitution: InstitutionStatistics[];
}
