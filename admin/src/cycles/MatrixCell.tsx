import { useCreatePath, useTranslate } from 'react-admin';
import { formatDate, formatDateTime } from '../dates';
import type { ProgressCell } from '../types';
import { describeHolder } from './heldBy';

/**
 * One institution x stage cell: status, days to the deadline (or late), whose turn it is. The
 * deadline is shown in `timeZone`, the row's institution's.
 * Plain elements styled once by the matrix (matrixCellStyles), not MUI components: a page holds
 * hundreds of cells, and a dozen styled components in each made most of the drawing's time.
 * For the same reason the locale comes from the matrix instead of react-admin's store.
 */
/** A cell awaiting the reader's decision can be chosen for a bulk decision. */
export interface CellChoice {
  chosen: boolean;
  onToggle: () => void;
  /** "Seleccionar MSPAS · Revisión del PEI", read aloud. */
  label: string;
}

export const MatrixCell = ({ cell, timeZone, locale, choice }: { cell: ProgressCell | undefined; timeZone: string; locale: string; choice?: CellChoice }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();

  if (!cell) {
    return (
      <td className="matrix-cell matrix-none">
        <span aria-hidden="true">—</span>
        <span className="matrix-hidden">{translate('ciclo.matrix.not_applicable')}</span>
      </td>
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
    <>
      <span className={`matrix-status matrix-status-${cell.status}`}>{translate(`ciclo.status.${cell.status}`, { _: cell.status })}</span>
      {cell.deadline && <span title={formatDateTime(cell.deadline, locale, timeZone)}>{formatDate(cell.deadline, locale, timeZone)}</span>}
      {relative && <span className={late ? 'matrix-late' : 'matrix-note'}>{relative}</span>}
      {cell.heldBy && <span className="matrix-note">{translate('ciclo.matrix.held_by', { who: describeHolder(cell.heldBy, translate) })}</span>}
    </>
  );

  return (
    <td className="matrix-cell">
      {choice && <input type="checkbox" className="matrix-choice" checked={choice.chosen} onChange={choice.onToggle} aria-label={choice.label} />}
      {cell.stageId ? (
        // The console's router reads the hash: a plain link to it is a link within the console.
        <a className="matrix-content matrix-link" href={`#${createPath({ resource: 'stages', id: cell.stageId, type: 'show' })}`}>
          {content}
        </a>
      ) : (
        <div className="matrix-content">{content}</div>
      )}
    </td>
  );
};

/** The cells' look, given once to the matrix's table (MUI's small cells and chips, by hand). */
export const matrixCellStyles = {
  '& td.matrix-cell': { typography: 'body2', py: '6px', borderBottom: 1, borderColor: 'divider', verticalAlign: 'top' },
  '& td.matrix-none': { textAlign: 'center', color: 'text.disabled', position: 'relative' },
  '& .matrix-hidden': { position: 'absolute', width: '1px', height: '1px', m: '-1px', p: 0, border: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  '& .matrix-content': { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.5, typography: 'caption', color: 'text.primary' },
  '& a.matrix-link': { textDecoration: 'none', '&:hover, &:focus-visible': { textDecoration: 'underline' } },
  '& .matrix-note': { color: 'text.secondary' },
  '& .matrix-choice': { float: 'right', m: 0, width: 18, height: 18 },
  '& .matrix-late': { color: 'error.main', fontWeight: 600 },
  '& .matrix-status': {
    display: 'inline-flex',
    alignItems: 'center',
    height: 24,
    px: '8px',
    borderRadius: '12px',
    typography: 'body2',
    fontSize: '0.8125rem',
    whiteSpace: 'nowrap',
    border: 1,
    borderColor: 'transparent',
  },
  '& .matrix-status-not_open, & .matrix-status-draft': { borderColor: 'grey.400', color: 'text.primary' },
  '& .matrix-status-submitted': { bgcolor: 'info.main', color: 'info.contrastText' },
  '& .matrix-status-in_review': { bgcolor: 'warning.main', color: 'warning.contrastText' },
  '& .matrix-status-approved': { bgcolor: 'success.main', color: 'success.contrastText' },
} as const;
