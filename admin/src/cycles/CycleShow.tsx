import { Box, Divider, Typography } from '@mui/material';
import { NumberField, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import type { Cycle } from '../types';
import { CycleShowActions } from './CycleShowActions';
import { CycleStartProgress } from './CycleStartProgress';
import { CycleStatusField } from './CycleStatusField';
import { ProgressMatrix } from './ProgressMatrix';
import { TimeScaleField } from './TimeScaleField';

export const CycleShow = () => {
  const translate = useTranslate();
  return (
    <Show<Cycle> actions={<CycleShowActions />}>
      <SimpleShowLayout direction="row" sx={{ flexWrap: 'wrap', columnGap: 4 }}>
        <TextField source="jurisdiction" />
        <NumberField source="fiscalYear" options={{ useGrouping: false }} />
        <CycleStatusField label="resources.cycles.fields.status" />
        <NumberField source="institutions" />
        <TimeScaleField label="resources.cycles.fields.timeScale" />
        <DateTimeField source="createdAt" label="resources.cycles.fields.createdAt" />
        <TextField source="workflowId" />
      </SimpleShowLayout>
      <CycleStartProgress />
      <Divider />
      <Box component="section" sx={{ p: 2 }} aria-labelledby="cycle-progress-title">
        <Typography id="cycle-progress-title" variant="h6" component="h2" gutterBottom>
          {translate('ciclo.cycle.progress')}
        </Typography>
        <ProgressMatrix />
      </Box>
    </Show>
  );
};
