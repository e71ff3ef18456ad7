import { Chip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CellStatus } from '../types';

const COLORS: Record<CellStatus, ChipProps['color']> = {
  not_open: 'default',
  draft: 'default',
  submitted: 'info',
  in_review: 'warning',
  approved: 'success',
};

export const StageStatusChip = ({ status }: { status: CellStatus }) => {
  const translate = useTranslate();
  return (
    <Chip size="small" color={COLORS[status] ?? 'default'} variant={status === 'draft' || status === 'not_open' ? 'outlined' : 'filled'} label={translate(`ciclo.status.${status}`, { _: status })} />
  );
};
