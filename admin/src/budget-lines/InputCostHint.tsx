import { Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { useTranslate } from 'react-admin';
import { formatQuetzales } from '../plan-budget/format';

/** "Cantidad × precio unitario = Q…": what the amount should be when the line is costed from inputs. */
export const InputCostHint = () => {
  const translate = useTranslate();
  const [quantity, price] = useWatch({ name: ['inputQuantity', 'unitPrice'] }) as (number | null)[];
  if (typeof quantity !== 'number' || typeof price !== 'number') return null;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} aria-live="polite">
      {translate('ciclo.content.input_cost', { amount: formatQuetzales(Math.round(quantity * price * 100) / 100) })}
    </Typography>
  );
};
