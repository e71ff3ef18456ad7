import { STAGE_STATUSES, type CellStatus } from '../types';

/** The matrix's status filter, applied by the server: a row passes when any of its cells is in that status ('' is any). */
export type StatusFilter = '' | CellStatus | 'overdue';

export const STATUS_FILTERS: Exclude<StatusFilter, ''>[] = ['not_open', ...STAGE_STATUSES, 'overdue'];
