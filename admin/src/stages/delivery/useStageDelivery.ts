import { useQuery } from '@tanstack/react-query';
import { useDataProvider, type Identifier } from 'react-admin';
import type { CicloDataProvider } from '../../dataProvider';

// The stage's deliverable through the data provider's custom methods. Keys start with "stages",
// so useRefresh() (after a submission, for one) fetches them again.

const useStageRead = <T>(key: unknown[], read: (dataProvider: CicloDataProvider) => Promise<{ data: T }>, enabled: boolean) => {
  const dataProvider = useDataProvider<CicloDataProvider>();
  return useQuery({ queryKey: ['stages', ...key], queryFn: async () => (await read(dataProvider)).data, enabled });
};

export const useStageChecks = (stageId: Identifier | undefined) => useStageRead(['checks', stageId], (dataProvider) => dataProvider.getStageChecks(stageId!), stageId != null);

export const useStageSnapshots = (stageId: Identifier | undefined) => useStageRead(['snapshots', stageId], (dataProvider) => dataProvider.getStageSnapshots(stageId!), stageId != null);

export const useStageDiff = (stageId: Identifier | undefined, from: number | null, to: number | 'actual' | null) =>
  useStageRead(['diff', stageId, from, to], (dataProvider) => dataProvider.getStageDiff(stageId!, { from: from!, to: to! }), stageId != null && from !== null && to !== null && from !== to);
