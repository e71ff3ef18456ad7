// What a coordinator's home reads first (the cycles and the current cycle's first matrix page),
// under the keys its components read them by. A coordinator opening the console asks for them as
// the scripts start, not after the layout and the home page have rendered: the matrix is the
// first thing a coordinator looks at every morning.
import type { QueryClient } from '@tanstack/react-query';
import type { CicloDataProvider } from '../dataProvider';
import { cycleReadKey } from '../cycles/useCycleRead';
import { getToken, getUser } from '../session';
import type { Cycle } from '../types';

/** The cycles the home page offers, newest first (react-admin's getList parameters). */
export const homeCycleList = { sort: { field: 'fiscalYear', order: 'DESC' as const }, pagination: { page: 1, perPage: 50 } };

/** The matrix's first page: what it shows before anyone pages or filters. */
export const firstMatrixPage = { page: 1, perPage: 25 };

/**
 * How long a read made for the home page counts as fresh: the page mounting a moment after its
 * reads came back does not ask again. A change anyone makes still refreshes them at once.
 */
export const homeReadFreshMs = 10_000;

/** The cycle the home page shows: the one chosen, else the running one, else the newest. */
export const currentCycle = (cycles: Cycle[] | undefined, chosenId?: string): Cycle | undefined => cycles?.find((c) => c.id === chosenId) ?? cycles?.find((c) => c.status === 'running') ?? cycles?.[0];

/** Where the browser keeps the cycle each person's home page opened on last. */
const openingCycleKey = (userId: string) => `ciclo.homeCycle.${userId}`;

/** Noted by the home page: the next opening asks for this cycle's matrix without waiting for the list of cycles. */
export const rememberOpeningCycle = (cycleId: string): void => {
  const user = getUser();
  if (user) localStorage.setItem(openingCycleKey(user.id), cycleId);
};

/**
 * Starts a coordinator's home reads: the cycles, and the matrix of the cycle opened on last at once
 * (most mornings it is the current one still); if the current one is another, its matrix once
 * the cycles say so. Errors are left to the page, which reads the same keys again.
 */
export async function prefetchCoordinatorHome(queryClient: QueryClient, dataProvider: CicloDataProvider): Promise<void> {
  const matrixOf = (cycleId: string) =>
    queryClient.prefetchQuery({
      queryKey: cycleReadKey('progress', cycleId, firstMatrixPage),
      queryFn: async () => (await dataProvider.getCycleProgress(cycleId, firstMatrixPage)).data,
    });
  const user = getUser();
  const openedLast = user ? localStorage.getItem(openingCycleKey(user.id)) : null;
  const lastMatrix = openedLast ? matrixOf(openedLast) : undefined;
  // The key and the answer's shape are those of react-admin's useGetList (ra-core's useGetList.ts).
  const params = { ...homeCycleList, filter: {}, meta: undefined };
  const cycles = await queryClient.fetchQuery({
    queryKey: ['cycles', 'getList', params],
    queryFn: async () => {
      const { data, total, pageInfo, meta } = await dataProvider.getList<Cycle>('cycles', params);
      return { data, total, pageInfo, meta };
    },
  });
  const cycle = currentCycle(cycles.data);
  await Promise.all([lastMatrix, cycle && cycle.id !== openedLast ? matrixOf(cycle.id) : undefined]);
}

/**
 * A coordinator's or admin's session has its home page's code and first reads asked for at once:
 * when the console opens on the home page, and when the person has just signed in (the home page
 * comes next). Anyone else, or the console opening on another page, starts nothing.
 */
export function startCoordinatorHomeReads(queryClient: QueryClient, dataProvider: CicloDataProvider, moment: 'opening' | 'signedIn'): void {
  const role = getUser()?.role;
  const onHome = moment === 'signedIn' || ['', '#', '#/'].includes(window.location.hash);
  if (!getToken() || !onHome || (role !== 'coordinator' && role !== 'admin')) return;
  void import('./CoordinatorHome');
  prefetchCoordinatorHome(queryClient, dataProvider).catch(() => undefined);
}
