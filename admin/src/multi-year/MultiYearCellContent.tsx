import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatQuetzales } from '../plan-budget/format';
import type { MultiYearCell } from '../plan-budget/types';

/** A figure with its ceiling and margin; over the ceiling it says so in words, not only in colour. */
export const MultiYearCellContent = ({ cell }: { cell: MultiYearCell | undefined }) => {
  const translate = useTranslate();
  if (!cell) return <>—</>;
  const over = cell.margin !== null && cell.margin < 0;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end' }}>
      <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
        {formatQuetzales(cell.amount)}
      </Typography>
      <Typography variant="caption" component="span" color="text.secondary">
        {cell.ceiling === null ? translate('ciclo.multi_year.no_ceiling') : translate('ciclo.multi_year.ceiling', { amount: formatQuetzales(cell.ceiling) })}
      </Typography>
      {cell.margin !== null && (
        <Typography variant="caption" component="span" sx={{ color: over ? 'error.dark' : 'text.secondary', fontWeight: over ? 700 : 400 }}>
          {translate('ciclo.multi_year.margin', { amount: formatQuetzales(cell.margin) })}
        </Typography>
      )}
      {over && (
        <Typography variant="caption" component="strong" sx={{ color: 'error.dark', fontWeight: 700 }}>
          ⚠ {translate('ciclo.multi_year.over')}
        </Typography>
      )}
    </Box>
  );
};
