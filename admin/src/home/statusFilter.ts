import { STAGE_STATUSES, type CellStatus, type ProgressCell } from '../types';

/** The matrix's status filter: a row passes when any of its cells is in that status ('' is any). */
export type StatusFilter = '' | CellStatus | 'overdue';

export const STATUS_FILTERS: Exclude<StatusFilter, ''>[] = ['not_open', ...STAGE_STATUSES, 'overdue'];

/** A cell is overdue while it is open, not approved and past its deadline (as the matrix shows it). */
export const cellMatches = (cell: ProgressCell, status: Exclude<StatusFilter, ''>) =>
  status === 'overdue' ? cell.status !== 'approved' && cell.status !== 'not_open' && (cell.overdue || (cell.daysToDeadline ?? 0) < 0) : cell.status === status;
