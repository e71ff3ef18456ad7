import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CicloDataProvider } from '../dataProvider';
import type { Cycle } from '../types';

/**
 * GET /api/cycles/:id/progress through the data provider's custom method (react-admin's
 * "custom methods" pattern). The key starts with the resource, so useRefresh() and any
 * change to a cycle refetch it. A running cycle on a compressed clock changes by the second:
 * its matrix is polled.
 */
export const useCycleProgress = (cycle: Cycle | undefined) => {
  const dataProvider = useDataProvider<CicloDataProvider>();
  const compressed = !!cycle && cycle.status === 'running' && (cycle.timeScale ?? 1) > 1;
  return useQuery({
    queryKey: ['cycles', 'progress', cycle?.id],
    queryFn: async () => (await dataProvider.getCycleProgress(cycle!.id)).data,
    enabled: !!cycle,
    refetchInterval: compressed ? 5_000 : false,
  });
};
