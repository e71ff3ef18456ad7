import { Box, Table, TableBody, TableCell, TableContainer, TableRow, Typography } from '@mui/material';
import { useId } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatPercent } from '../../plan-budget/format';
import type { StageSnapshot } from '../../plan-budget/types';
import { formatDateTime } from '../../dates';
import { ColumnHeads } from '../../tables/ColumnHeads';

/** The versions each submission froze, newest first. */
export const SnapshotList = ({ snapshots, timeZone }: { snapshots: StageSnapshot[]; timeZone: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const titleId = useId();
  return (
    <Box component="section" aria-labelledby={titleId} sx={{ mb: 4 }}>
      <Typography id={titleId} variant="h6" component="h2" gutterBottom>
        {translate('ciclo.delivery.versions')}
      </Typography>
      {snapshots.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('ciclo.delivery.no_versions')}
        </Typography>
      ) : (
        <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1, maxWidth: 760 }}>
          <Table size="small" aria-labelledby={titleId}>
            <ColumnHeads columns={['ciclo.delivery.version', 'ciclo.delivery.deliverable_kind', { label: 'ciclo.delivery.linkage', align: 'right' }, 'ciclo.delivery.frozen_at']} />
            <TableBody>
              {snapshots.map((snapshot) => (
                <TableRow key={snapshot.id}>
                  <TableCell component="th" scope="row">
                    {snapshot.version}
                  </TableCell>
                  <TableCell>{translate(`ciclo.deliverable.${snapshot.deliverable}`, { _: snapshot.deliverable })}</TableCell>
                  <TableCell align="right">{snapshot.linkage ? formatPercent(snapshot.linkage.linkedShare, locale) : '—'}</TableCell>
                  <TableCell>{formatDateTime(snapshot.frozenAt, locale, timeZone)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
};
