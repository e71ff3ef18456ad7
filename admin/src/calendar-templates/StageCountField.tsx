import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { CalendarTemplate } from '../types';

export const StageCountField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<CalendarTemplate>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {record.stages?.length ?? 0}
    </Typography>
  );
};
