import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CicloDataProvider } from '../dataProvider';
import type { Cycle } from '../types';

/**
 * GET /api/cycles/:id/statistics, keyed under "cycles" like the progress matrix, so useRefresh()
 * refetches both; polled like the matrix while a compressed cycle runs.
 */
export const useCycleStatistics = (cycle: Cycle | undefined) => {
  const dataProvider = useDataProvider<CicloDataProvider>();
  const compressed = !!cycle && cycle.status === 'running' && (cycle.timeScale ?? 1) > 1;
  return useQuery({
    queryKey: ['cycles', 'statistics', cycle?.id],
    queryFn: async () => (await dataProvider.getCycleStatistics(cycle!.id)).data,
    enabled: !!cycle,
    refetchInterval: compressed ? 5_000 : false,
  });
};
