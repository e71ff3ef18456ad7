import { Box, CircularProgress } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Stage } from '../../types';
import { SnapshotDiff } from './SnapshotDiff';
import { SnapshotList } from './SnapshotList';
import { StageChecks } from './StageChecks';
import { StageWorkbook } from './StageWorkbook';
import { useStageSnapshots } from './useStageDelivery';

/**
 * "Entrega": the stage's deliverable. The checks it must pass to be submitted, the versions its
 * submissions froze, and what changed between two of them.
 */
const DeliveryTab = () => {
  const stage = useRecordContext<Stage>();
  const translate = useTranslate();
  const { data: snapshots, isPending } = useStageSnapshots(stage?.id);
  if (!stage) return null;
  return (
    <Box sx={{ py: 1 }}>
      <StageChecks stage={stage} />
      <StageWorkbook stage={stage} />
      {isPending ? (
        <CircularProgress size={24} aria-label={translate('ciclo.delivery.loading')} />
      ) : (
        <>
          <SnapshotList snapshots={snapshots ?? []} timeZone={stage.timeZone} />
          <SnapshotDiff stage={stage} snapshots={snapshots ?? []} />
        </>
      )}
    </Box>
  );
};

// Loaded on demand (React.lazy in StageShow): most visits to a stage never open this tab.
export default DeliveryTab;
