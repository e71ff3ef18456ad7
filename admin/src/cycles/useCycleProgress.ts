import { homeReadFreshMs } from '../home/coordinatorHomeReads';
import type { Cycle, ProgressSelection } from '../types';
import { useCycleRead } from './useCycleRead';

/** GET /api/cycles/:id/progress: a page of the institution x stage matrix, filtered on the server; the home page may have read it just before. */
export const useCycleProgress = (cycle: Cycle | undefined, selection: ProgressSelection) =>
  useCycleRead(cycle, 'progress', (dataProvider, id) => dataProvider.getCycleProgress(id, selection), selection, homeReadFreshMs);
