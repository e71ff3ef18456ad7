import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { formatQuetzales } from '../plan-budget/format';
import type { ScenarioItem } from './types';

/** quantity × unit cost, in quetzales. */
export const ItemCostField = (_props: { label?: string }) => {
  const item = useRecordContext<ScenarioItem>();
  if (!item) return null;
  return (
    <Typography component="span" variant="body2">
      {formatQuetzales(Math.round(item.quantity * item.unitCost * 100) / 100)}
    </Typography>
  );
};
