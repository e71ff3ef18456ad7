import { useQuery } from '@tanstack/react-query';
import { useDataProvider, type Identifier } from 'react-admin';
import type { CicloDataProvider } from '../../dataProvider';

// The stage's deliverable through the data provider's custom methods. Keys start with "stages",
// so useRefresh() (after a submission, for one) fetches them again.

export const useStageChecks = (stageId: Identifier | undefined) => {
  const dataProvider = useDataProvider<CicloDataProvider>();
  return useQuery({
    queryKey: ['stages', 'checks', stageId],
    queryFn: async () => (await dataProvider.getStageChecks(stageId!)).data,
    enabled: stageId != null,
  });
};

export const useStageSnapshots = (stageId: Identifier | undefined) => {
  const dataProvider = useDataProvider<CicloDataProvider>();
  return useQuery({
    queryKey: ['stages', 'snapshots', stageId],
    queryFn: async () => (await dataProvider.getStageSnapshots(stageId!)).data,
    enabled: stageId != null,
  });
};

export const useStageDiff = (stageId: Identifier | undefined, from: number | null, to: number | 'actual' | null) => {
  const dataProvider = useDataProvider<CicloDataProvider>();
  return useQuery({
    queryKey: ['stages', 'diff', stageId, from, to],
    queryFn: async () => (await dataProvider.getStageDiff(stageId!, { from: from!, to: to! })).data,
    enabled: stageId != null && from !== null && to !== null && from !== to,
  });
};
