import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { Stage } from '../types';
import { ReviewLevel } from './ReviewLevel';
import { StageStatusChip } from './StageStatusChip';

export const StageStatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Stage>();
  if (!record) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.5 }}>
      <StageStatusChip status={record.status} />
      <ReviewLevel stage={record} />
    </Box>
  );
};
