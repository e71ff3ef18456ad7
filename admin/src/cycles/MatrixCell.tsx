import { Box, TableCell, Typography } from '@mui/material';
import { Link, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { formatDate, formatDateTime } from '../dates';
import { StageStatusChip } from '../stages/StageStatusChip';
import type { ProgressCell } from '../types';
import { describeHolder } from './heldBy';

/**
 * One institution x stage cell: status, days to the deadline (or late), whose turn it is. The
 * deadline is shown in `timeZone`, the row's institution's.
 */
export const MatrixCell = ({ cell, timeZone }: { cell: ProgressCell | undefined; timeZone: string }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();

  if (!cell) {
    return (
      <TableCell align="center" sx={{ color: 'text.disabled' }}>
        <span aria-hidden="true">—</span>
        <Box component="span" sx={visuallyHidden}>
          {translate('ciclo.matrix.not_applicable')}
        </Box>
      </TableCell>
    );
  }

  const days = cell.daysToDeadline;
  const pending = cell.status !== 'approved' && cell.status !== 'not_open';
  const late = pending && (cell.overdue || (days !== null && days < 0));
  const relative =
    !pending || days === null
      ? null
      : days > 0
        ? translate('ciclo.deadline.due_in', { smart_count: days })
        : days === 0
          ? translate('ciclo.deadline.due_today')
          : translate('ciclo.deadline.late', { smart_count: -days });

  const content = (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.5 }}>
      <StageStatusChip status={cell.status} />
      {cell.deadline && (
        <Typography variant="caption" title={formatDateTime(cell.deadline, locale, timeZone)}>
          {formatDate(cell.deadline, locale, timeZone)}
        </Typography>
      )}
      {relative && (
        <Typography variant="caption" color={late ? 'error' : 'text.secondary'} sx={{ fontWeight: late ? 600 : undefined }}>
          {relative}
        </Typography>
      )}
      {cell.heldBy && (
        <Typography variant="caption" color="text.secondary">
          {translate('ciclo.matrix.held_by', { who: describeHolder(cell.heldBy, translate) })}
        </Typography>
      )}
    </Box>
  );

  return (
    <TableCell sx={{ verticalAlign: 'top' }}>
      {cell.stageId ? (
        <Link
          to={createPath({ resource: 'stages', id: cell.stageId, type: 'show' })}
          underline="none"
          color="inherit"
          sx={{ display: 'block', '&:hover, &:focus-visible': { textDecoration: 'underline' } }}
        >
          {content}
        </Link>
      ) : (
        content
      )}
    </TableCell>
  );
};

/** Read by screen readers, not shown (plain px: in sx a width of 1 would mean 100%). */
const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
