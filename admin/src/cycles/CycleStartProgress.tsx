import { Box, LinearProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { CicloDataProvider } from '../dataProvider';
import type { Cycle } from '../types';

/**
 * Starting a cycle for hundreds of institutions goes on after the API has answered: the
 * government cycle starts them one by one. Polled each second until every one has started.
 */
export const CycleStartProgress = () => {
  const cycle = useRecordContext<Cycle>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<CicloDataProvider>();
  const { data, isError } = useQuery({
    queryKey: ['cycles', 'start-progress', cycle?.id],
    queryFn: async () => (await dataProvider.getCycleStartProgress(cycle!.id)).data,
    enabled: !!cycle,
    refetchInterval: (query) => {
      const progress = query.state.data;
      return !progress || progress.started < progress.institutions ? 1_000 : false;
    },
    // The engine answers 503 until the government cycle has run once: keep polling quietly.
    retry: false,
  });
  if (!cycle) return null;
  const starting = !data || data.started < data.institutions;
  const text = !data ? translate('ciclo.cycle.start.waiting') : translate(starting ? 'ciclo.cycle.start.running' : 'ciclo.cycle.start.done', data);
  const percent = data && data.institutions > 0 ? Math.round((100 * data.started) / data.institutions) : 0;
  return (
    <Box sx={{ px: 2, pb: 1 }} role="status" aria-live="polite" data-testid="cycle-start-progress">
      {starting && <LinearProgress variant={data ? 'determinate' : 'indeterminate'} value={percent} aria-label={translate('ciclo.cycle.start.label')} sx={{ mb: 1, maxWidth: 480 }} />}
      <Typography variant="body2" color={isError && !data ? 'text.secondary' : 'text.primary'}>
        {text}
      </Typography>
    </Box>
  );
};
