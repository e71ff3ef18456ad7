import { useQuery } from '@tanstack/react-query';
import { useDataProvider, type Identifier } from 'react-admin';
import type { CicloDataProvider } from '../dataProvider';
import type { Cycle } from '../types';

/**
 * A read of a cycle through the data provider's custom methods (react-admin's "custom methods"
 * pattern). The key starts with "cycles", so useRefresh() and any change to a cycle refetch it;
 * `params` (a page, filters) are part of it. While new params load, the same cycle's last answer
 * stays on screen. A running cycle on a compressed clock changes by the second: it is polled.
 */
export const useCycleRead = <T>(cycle: Cycle | undefined, name: string, read: (dataProvider: CicloDataProvider, id: Identifier) => Promise<{ data: T }>, params?: object, staleTime = 0) => {
  const dataProvider = useDataProvider<CicloDataProvider>();
  const compressed = !!cycle && cycle.status === 'running' && (cycle.timeScale ?? 1) > 1;
  return useQuery({
    queryKey: cycleReadKey(name, cycle?.id, params),
    queryFn: async () => (await read(dataProvider, cycle!.id)).data,
    enabled: !!cycle,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === cycle?.id ? previous : undefined),
    refetchInterval: compressed ? 5_000 : false,
    staleTime,
  });
};

/** The key of a cycle's read; undefined fields of `params` do not count (no filter is no filter). */
export const cycleReadKey = (name: string, cycleId: Identifier | undefined, params?: object) => ['cycles', name, cycleId, ...(params ? [params] : [])];
