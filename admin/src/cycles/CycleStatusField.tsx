import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Cycle } from '../types';

export const CycleStatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Cycle>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={record.status === 'running' ? 'info' : 'success'}
      variant={record.status === 'running' ? 'outlined' : 'filled'}
      label={translate(`ciclo.cycle_status.${record.status}`, { _: record.status })}
    />
  );
};
