import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { monthChoices } from './choices';

/** A target's month by name; 0 is "Todo el año". */
export const MonthField = ({ source }: { source: string; label?: string }) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const month: unknown = record?.[source];
  if (typeof month !== 'number') return null;
  return (
    <Typography component="span" variant="body2">
      {monthChoices(locale).find((choice) => choice.id === month)?.name ?? month}
    </Typography>
  );
};
