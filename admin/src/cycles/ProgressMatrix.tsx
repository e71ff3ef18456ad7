import { Alert, Box, CircularProgress, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../dates';
import type { Cycle, ProgressCell, StageScope } from '../types';
import { useTimeZone } from '../useTimeZone';
import { MatrixCell } from './MatrixCell';
import { useCycleProgress } from './useCycleProgress';

const byCode = (cells: ProgressCell[]) => new Map(cells.map((cell) => [cell.stageCode, cell]));

/**
 * The coordinators' view of a cycle as an HTML table: one row per institution, plus a first
 * "Coordinación" row for the coordinators' own stages; one column per stage, in order.
 * A stage that does not apply to a row (an institution's stage on the coordination row, and
 * the other way round) shows a dash, read out as "No aplica".
 */
export const ProgressMatrix = ({
  rowFilter,
}: {
  label?: string;
  /** Keeps the rows it accepts (the home page's sector and status filters); institutionCode is null for the coordinators' row. */
  rowFilter?: (cells: ProgressCell[], institutionCode: string | null) => boolean;
}) => {
  const cycle = useRecordContext<Cycle>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, error, isPending } = useCycleProgress(cycle);
  // The coordinators' row and the calendar's "now" belong to no institution of the matrix.
  const ownTimeZone = useTimeZone();

  if (!cycle) return null;
  if (isPending) {
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }} role="status">
        <CircularProgress size={16} />
        <Typography variant="body2">{translate('ciclo.matrix.loading')}</Typography>
      </Box>
    );
  }
  if (error || !data) {
    return <Alert severity="error">{translate('ciclo.matrix.error', { message: error?.message ?? '' })}</Alert>;
  }
  if (data.stages.length === 0) {
    return <Alert severity="info">{translate('ciclo.matrix.empty')}</Alert>;
  }

  const stages = [...data.stages].sort((a, b) => a.order - b.order);
  const nameOf = (stage: (typeof stages)[number]) => (locale === 'en' ? stage.name.en : stage.name.es);
  const row = (cells: ProgressCell[], scope: StageScope, timeZone: string) => {
    const cellsByCode = byCode(cells);
    return stages.map((stage) => <MatrixCell key={stage.code} cell={stage.scope === scope ? cellsByCode.get(stage.code) : undefined} timeZone={timeZone} />);
  };

  return (
    <Box>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate('ciclo.cycle.calendar_now', { date: formatDateTime(data.calendarNow, locale, ownTimeZone) })}
      </Typography>
      <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" sx={{ '& th, & td': { borderRight: 1, borderColor: 'divider', px: 1 } }}>
          <caption style={{ captionSide: 'top', textAlign: 'left', padding: '8px 16px' }}>{translate('ciclo.matrix.caption')}</caption>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col" sx={{ fontWeight: 600 }}>
                {translate('ciclo.matrix.institution')}
              </TableCell>
              {stages.map((stage) => (
                <TableCell key={stage.code} component="th" scope="col" sx={{ fontWeight: 600, minWidth: 96, verticalAlign: 'bottom' }}>
                  {nameOf(stage)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {(!rowFilter || rowFilter(data.coordination, null)) && (
              <TableRow sx={{ bgcolor: 'action.hover' }}>
                <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
                  {translate('ciclo.matrix.coordination')}
                </TableCell>
                {row(data.coordination, 'coordination', ownTimeZone)}
              </TableRow>
            )}
            {data.institutions
              .filter((institution) => !rowFilter || rowFilter(institution.cells, institution.institutionCode))
              .map((institution) => (
                <TableRow key={institution.institutionCode}>
                  <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
                    {institution.institutionCode}
                  </TableCell>
                  {row(institution.cells, 'institution', institution.timeZone)}
                </TableRow>
              ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
};
