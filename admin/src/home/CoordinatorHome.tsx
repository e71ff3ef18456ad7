import { Box, Button, Grid, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useId, useMemo, useState } from 'react';
import { LinkBase, RecordContextProvider, useCreatePath, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { ProgressMatrix } from '../cycles/ProgressMatrix';
import { useCycleProgress } from '../cycles/useCycleProgress';
import { STAGE_STATUSES, type CellStatus, type Cycle, type ProgressCell } from '../types';
import { ApprovalInbox } from './ApprovalInbox';
import { CompletionChart } from './charts/CompletionChart';
import { formatShare } from './charts/ChartFigure';
import { OnTimeChart } from './charts/OnTimeChart';
import { OverdueChart } from './charts/OverdueChart';
import { HomeHeader } from './HomeHeader';
import { ErrorNote, LoadingNote } from './LoadingNote';
import { useCycleStatistics } from './useCycleStatistics';

type StatusFilter = '' | CellStatus | 'overdue';
const STATUS_FILTERS: Exclude<StatusFilter, ''>[] = ['not_open', ...STAGE_STATUSES, 'overdue'];

/** Side by side (react-admin makes text fields full width), each showing "Todos…" when empty. */
const filterProps = {
    size: 'small',
    fullWidth: false,
    slotProps: { inputLabel: { shrink: true }, select: { displayEmpty: true } },
} as const;

/** A cell is overdue while it is open, not approved and past its deadline (as the matrix shows it). */
const cellMatches = (cell: ProgressCell, status: Exclude<StatusFilter, ''>) =>
    status === 'overdue'
        ? cell.status !== 'approved' && cell.status !== 'not_open' && (cell.overdue || (cell.daysToDeadline ?? 0) < 0)
        : cell.status === status;

/**
 * Coordinators' and admins' home: every institution of a cycle at once (the matrix, filtered by
 * sector and status, each cell opening its stage) and the cycle's figures as three light charts.
 */
const CoordinatorHome = () => {
    const translate = useTranslate();
    const createPath = useCreatePath();
    const { data: cycles, isPending, error } = useGetList<Cycle>('cycles', {
        sort: { field: 'fiscalYear', order: 'DESC' },
        pagination: { page: 1, perPage: 50 },
    });
    const [chosenId, setChosenId] = useState<string>();
    const cycle = cycles?.find(c => c.id === chosenId) ?? cycles?.find(c => c.status === 'running') ?? cycles?.[0];

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
    const { data: progress } = useCycleProgress(cycle);
    const { data: statistics, isPending, error } = useCycleStatistics(cycle);
    const [sector, setSector] = useState('');
    const [status, setStatus] = useState<StatusFilter>('');

    const sectorOf = useMemo(() => new Map((statistics?.byInstitution ?? []).map(i => [i.institutionCode, i.sector ?? ''])), [statistics]);
    const sectors = [...new Set(sectorOf.values())].filter(Boolean).sort((a, b) => a.localeCompare(b, locale));
    const rowFilter = (cells: ProgressCell[], institutionCode: string | null) => {
        // The coordinators' row belongs to no ministry's sector.
        if (sector && (institutionCode === null || sectorOf.get(institutionCode) !== sector)) return false;
        return !status || cells.some(cell => cellMatches(cell, status));
    };
    const institutions = progress?.institutions ?? [];
    const shown = institutions.filter(i => rowFilter(i.cells, i.institutionCode)).length;
    const chartInstitutions = (statistics?.byInstitution ?? []).filter(i => !sector || i.sector === sector);
    const cycleName = (c: Cycle) => `${c.jurisdiction} ${c.fiscalYear} · ${translate(`ciclo.cycle_status.${c.status}`, { _: c.status })}`;

    return (
        <>
            <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 3 }}>
                <TextField select label={translate('ciclo.home.coordinator.cycle')} value={cycle.id} onChange={e => onChoose(e.target.value)} {...filterProps} sx={{ minWidth: 220 }}>
                    {cycles.map(c => (
                        <MenuItem key={c.id} value={c.id}>
                            {cycleName(c)}
                        </MenuItem>
                    ))}
                </TextField>
                <TextField select label={translate('ciclo.home.coordinator.sector')} value={sector} onChange={e => setSector(e.target.value)} {...filterProps} sx={{ minWidth: 200 }}>
                    <MenuItem value="">{translate('ciclo.home.coordinator.all_sectors')}</MenuItem>
                    {sectors.map(name => (
                        <MenuItem key={name} value={name}>
                            {name}
                        </MenuItem>
                    ))}
                </TextField>
                <TextField
                    select
                    label={translate('ciclo.home.coordinator.status')}
                    value={status}
                    onChange={e => setStatus(e.target.value as StatusFilter)}
                    {...filterProps}
                    sx={{ minWidth: 200 }}
                >
                    <MenuItem value="">{translate('ciclo.home.coordinator.all_statuses')}</MenuItem>
                    {STATUS_FILTERS.map(value => (
                        <MenuItem key={value} value={value}>
                            {value === 'overdue' ? translate('ciclo.home.coordinator.overdue') : translate(`ciclo.status.${value}`)}
                        </MenuItem>
                    ))}
                </TextField>
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
                <Typography variant="body2" color="text.secondary" role="status" gutterBottom>
                    {progress ? `${translate('ciclo.home.coordinator.showing', { shown, total: institutions.length })} ` : ''}
                    {translate('ciclo.home.coordinator.drill_hint')}
                </Typography>
                <RecordContextProvider value={cycle}>
                    <ProgressMatrix rowFilter={sector || status ? rowFilter : undefined} />
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
