import { Alert, Box, CircularProgress, LinearProgress, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../dates';
import { BulkDecisionBar, BulkOutcomeAlert, stageLabel, type BulkOutcome, type DecidableStage } from '../home/BulkDecisions';
import { firstMatrixPage } from '../home/coordinatorHomeReads';
import { getUser } from '../session';
import type { Cycle, ProgressCell, ProgressSelection, StageScope } from '../types';
import { useTimeZone } from '../useTimeZone';
import { MatrixCell, matrixCellStyles } from './MatrixCell';
import { useCycleProgress } from './useCycleProgress';

const byCode = (cells: ProgressCell[]) => new Map(cells.map((cell) => [cell.stageCode, cell]));

/** Whether the reader decides this cell's stage now, as the server judged it (delegations and every-member levels included); an admin decides any. */
const awaitsReader = (cell: ProgressCell | undefined, reader: { role?: string } | null): cell is ProgressCell & { stageId: string } =>
  !!cell?.stageId && (cell.status === 'submitted' || cell.status === 'in_review') && (reader?.role === 'admin' || cell.awaitsReader);
const rowsPerPageOptions = [firstMatrixPage.perPage, 50, 100];

/**
 * The coordinators' view of a cycle as an HTML table: one row per institution, plus a first
 * "Coordinación" row for the coordinators' own stages; one column per stage, in order.
 * A stage that does not apply to a row (an institution's stage on the coordination row, and
 * the other way round) shows a dash, read out as "No aplica".
 * The server filters and pages the institutions: a page of them is drawn, however many the
 * cycle has (the whole public sector is over a thousand), with the count of those that pass.
 * The cells awaiting the reader's decision have a box to choose them, and the chosen ones (on any
 * page) are approved or returned at once (BulkDecisionBar).
 */
export const ProgressMatrix = ({
  selection = {},
  onDrawn,
}: {
  label?: string;
  /** Told once the matrix has its answer (rows or an error): the home page asks for its figures only then, so they do not hold the matrix up. */
  onDrawn?: () => void;
  /** The home page's search, sector, type, department and status filters. */
  selection?: Omit<ProgressSelection, 'page' | 'perPage'>;
}) => {
  const cycle = useRecordContext<Cycle>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // Another filter starts again at the first page.
  const selectionKey = JSON.stringify(selection);
  const [paging, setPaging] = useState({ selectionKey, ...firstMatrixPage });
  const page = paging.selectionKey === selectionKey ? paging.page : 1;
  const { perPage } = paging;
  const { data, error, isPending, isPlaceholderData } = useCycleProgress(cycle, { ...selection, page, perPage });
  const [chosen, setChosen] = useState<DecidableStage[]>([]);
  const [bulkOutcome, setBulkOutcome] = useState<BulkOutcome | undefined>();
  // The coordinators' row and the calendar's "now" belong to no institution of the matrix.
  const ownTimeZone = useTimeZone();
  // An error counts too: the figures must not wait for a matrix that will not come.
  const answered = data !== undefined || !!error;
  useEffect(() => {
    if (answered) onDrawn?.();
  }, [answered, onDrawn]);

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
  const reader = getUser();
  const chosenIds = new Set(chosen.map((stage) => stage.id));
  // The stages of this page the reader may choose, in reading order.
  const candidates: DecidableStage[] = [];
  const row = (cells: ProgressCell[], scope: StageScope, timeZone: string, institutionCode: string) => {
    const cellsByCode = byCode(cells);
    return stages.map((stage) => {
      const cell = stage.scope === scope ? cellsByCode.get(stage.code) : undefined;
      let choice;
      if (awaitsReader(cell, reader)) {
        const decidable = { id: cell.stageId, institutionCode, name: nameOf(stage) };
        candidates.push(decidable);
        const isChosen = chosenIds.has(cell.stageId);
        choice = {
          chosen: isChosen,
          onToggle: () => setChosen(isChosen ? chosen.filter((other) => other.id !== decidable.id) : [...chosen, decidable]),
          label: translate('ciclo.home.bulk.select_one', { stage: stageLabel(decidable) }),
        };
      }
      return <MatrixCell key={stage.code} cell={cell} timeZone={timeZone} locale={locale} choice={choice} />;
    });
  };
  const coordinationRow = data.coordinationMatches ? row(data.coordination, 'coordination', ownTimeZone, translate('ciclo.matrix.coordination')) : null;
  const institutionRows = data.institutions.map((institution) => ({ institution, cells: row(institution.cells, 'institution', institution.timeZone, institution.institutionCode) }));

  return (
    <Box>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate('ciclo.cycle.calendar_now', { date: formatDateTime(data.calendarNow, locale, ownTimeZone) })}
      </Typography>
      <Typography variant="body2" color="text.secondary" role="status" gutterBottom>
        {translate('ciclo.matrix.showing', { shown: data.matching, total: data.total })}
      </Typography>
      {bulkOutcome && bulkOutcome.failures.length > 0 && <BulkOutcomeAlert outcome={bulkOutcome} onClose={() => setBulkOutcome(undefined)} />}
      {(candidates.length > 0 || chosen.length > 0) && <BulkDecisionBar candidates={candidates} chosen={chosen} onChoose={setChosen} onDecided={setBulkOutcome} />}
      {/* While another page or filter loads, the last one stays, marked busy. */}
      <LinearProgress sx={{ visibility: isPlaceholderData ? 'visible' : 'hidden' }} aria-hidden={!isPlaceholderData} />
      <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" aria-busy={isPlaceholderData} sx={{ '& th, & td': { borderRight: 1, borderColor: 'divider', px: 1 }, ...matrixCellStyles }}>
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
            {coordinationRow && (
              <TableRow sx={{ bgcolor: 'action.hover' }}>
                <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
                  {translate('ciclo.matrix.coordination')}
                </TableCell>
                {coordinationRow}
              </TableRow>
            )}
            {institutionRows.map(({ institution, cells }) => (
              <TableRow key={institution.institutionCode}>
                <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
                  {institution.institutionCode}
                </TableCell>
                {cells}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {data.matching === 0 ? (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {translate('ciclo.matrix.no_rows')}
        </Typography>
      ) : (
        <TablePagination
          component="nav"
          aria-label={translate('ciclo.matrix.pages')}
          count={data.matching}
          page={page - 1}
          onPageChange={(_, zeroBased) => setPaging({ selectionKey, page: zeroBased + 1, perPage })}
          rowsPerPage={perPage}
          rowsPerPageOptions={rowsPerPageOptions}
          onRowsPerPageChange={(event) => setPaging({ selectionKey, page: 1, perPage: Number(event.target.value) })}
          labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
          labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
          getItemAriaLabel={(type) => translate(`ciclo.matrix.go_to_${type}`)}
        />
      )}
    </Box>
  );
};
