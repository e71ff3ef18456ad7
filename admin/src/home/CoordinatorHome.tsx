import { Box, Button, Grid, Stack, Typography } from '@mui/material';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { LinkBase, RecordContextProvider, useCreatePath, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { ProgressMatrix } from '../cycles/ProgressMatrix';
import type { Cycle, InstitutionKind } from '../types';
import { ApprovalInbox } from './ApprovalInbox';
import { currentCycle, homeCycleList, homeReadFreshMs, rememberOpeningCycle } from './coordinatorHomeReads';
import { CompletionChart } from './charts/CompletionChart';
import { formatShare } from './charts/ChartFigure';
import { OnTimeChart } from './charts/OnTimeChart';
import { OverdueChart } from './charts/OverdueChart';
import { FilterSelect } from './FilterSelect';
import { HomeHeader } from './HomeHeader';
import { institutionMatches, NO_INSTITUTION_FILTERS } from './institutionFilters';
import { ErrorNote, LoadingNote } from './LoadingNote';
import { MatrixFilters } from './MatrixFilters';
import type { StatusFilter } from './statusFilter';
import { useCycleStatistics } from './useCycleStatistics';

/**
 * Coordinators' and admins' home: every institution of a cycle at once (the matrix, filtered by
 * sector, type of institution, department and status, each cell opening its stage) and the
 * cycle's figures as three light charts.
 */
const CoordinatorHome = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data: cycles, isPending, error } = useGetList<Cycle>('cycles', homeCycleList, { staleTime: homeReadFreshMs });
  const [chosenId, setChosenId] = useState<string>();
  const cycle = currentCycle(cycles, chosenId);
  // The cycle an opening shows (not one chosen since): the next opening asks for its matrix early.
  const openingId = currentCycle(cycles)?.id;
  useEffect(() => {
    if (openingId) rememberOpeningCycle(openingId);
  }, [openingId]);

  return (
    <Box>
      <HomeHeader title="ciclo.home.coordinator.title" intro="ciclo.home.coordinator.intro" />
      <ApprovalInbox hideWhenEmpty />
      {isPending ? (
        <LoadingNote />
      ) : error ? (
        <ErrorNote message={error.message} />
      ) : !cycle ? (
        <Box>
          <Typography variant="body1" gutterBottom>
            {translate('ciclo.home.coordinator.no_cycle')}
          </Typography>
          <Button component={LinkBase} to={createPath({ resource: 'cycles', type: 'create' })} variant="contained">
            {translate('ciclo.home.coordinator.start_cycle')}
          </Button>
        </Box>
      ) : (
        <CycleOverview key={cycle.id} cycle={cycle} cycles={cycles ?? []} onChoose={setChosenId} />
      )}
    </Box>
  );
};

const CycleOverview = ({ cycle, cycles, onChoose }: { cycle: Cycle; cycles: Cycle[]; onChoose: (id: string) => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const matrixTitleId = useId();
  const figuresTitleId = useId();
  // The figures (heavier to compute for a national cycle) are asked for once the matrix is drawn.
  const [matrixDrawn, setMatrixDrawn] = useState(false);
  const onMatrixDrawn = useCallback(() => setMatrixDrawn(true), []);
  const { data: statistics, isPending, error } = useCycleStatistics(matrixDrawn ? cycle : undefined);
  const [filters, setFilters] = useState(NO_INSTITUTION_FILTERS);
  const [status, setStatus] = useState<StatusFilter>('');
  const [search, setSearch] = useState('');
  // The matrix is filtered on the server; '' is no filter.
  const selection = useMemo(
    () => ({
      q: search || undefined,
      sector: filters.sector || undefined,
      kind: (filters.kind || undefined) as InstitutionKind | undefined,
      department: filters.department || undefined,
      status: status || undefined,
    }),
    [search, filters, status],
  );
  const chartInstitutions = (statistics?.byInstitution ?? []).filter((i) => institutionMatches(i, filters));
  const cycleName = (c: Cycle) => `${c.jurisdiction} ${c.fiscalYear} · ${translate(`ciclo.cycle_status.${c.status}`, { _: c.status })}`;

  return (
    <>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 3 }}>
        <FilterSelect label={translate('ciclo.home.coordinator.cycle')} value={cycle.id} onChange={onChoose} options={cycles.map((c) => ({ id: c.id, name: cycleName(c) }))} minWidth={220} />
        <MatrixFilters
          institutions={statistics?.byInstitution ?? []}
          filters={filters}
          onFiltersChange={setFilters}
          status={status}
          onStatusChange={setStatus}
          search={search}
          onSearchChange={setSearch}
        />
      </Stack>

      {statistics && (
        <Box component="dl" sx={{ display: 'flex', flexWrap: 'wrap', gap: 4, m: 0, mb: 3, '& dd': { m: 0, typography: 'h5' }, '& dt': { typography: 'body2', color: 'text.secondary' } }}>
          <div>
            <dt>{translate('ciclo.home.coordinator.approved')}</dt>
            <dd>{translate('ciclo.home.coordinator.approved_value', { approved: statistics.totals.approved, expected: statistics.totals.expected })}</dd>
          </div>
          <div>
            <dt>{translate('ciclo.home.coordinator.overdue_now')}</dt>
            <dd>{statistics.totals.overdue}</dd>
          </div>
          <div>
            <dt>{translate('ciclo.home.coordinator.on_time')}</dt>
            <dd>{statistics.totals.onTimeShare === null ? translate('ciclo.home.chart.no_data') : formatShare(statistics.totals.onTimeShare, locale)}</dd>
          </div>
        </Box>
      )}

      <Box component="section" aria-labelledby={matrixTitleId} sx={{ mb: 4 }}>
        <Typography id={matrixTitleId} variant="h5" component="h2" gutterBottom>
          {translate('ciclo.home.coordinator.matrix_title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate('ciclo.home.coordinator.drill_hint')}
        </Typography>
        <RecordContextProvider value={cycle}>
          <ProgressMatrix selection={selection} onDrawn={onMatrixDrawn} />
        </RecordContextProvider>
      </Box>

      <Box component="section" aria-labelledby={figuresTitleId}>
        <Typography id={figuresTitleId} variant="h5" component="h2" gutterBottom>
          {translate('ciclo.home.coordinator.figures_title')}
        </Typography>
        {isPending ? (
          <LoadingNote />
        ) : error || !statistics ? (
          <ErrorNote message={error?.message} />
        ) : (
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, lg: 6 }}>
              <OnTimeChart stages={statistics.byStage} />
            </Grid>
            <Grid size={{ xs: 12, lg: 6 }}>
              <OverdueChart institutions={chartInstitutions} />
            </Grid>
            <Grid size={12}>
              <CompletionChart points={statistics.completion.points} expected={statistics.completion.expected} />
            </Grid>
          </Grid>
        )}
      </Box>
    </>
  );
};

export default CoordinatorHome;
