import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { formatDateTime } from '../dates';
import { useTimeZone } from '../useTimeZone';

/**
 * A date and time in the UI's language, in the record's time zone when it carries one (a
 * stage: its institution's), else in the signed-in person's institution's.
 */
export const DateTimeField = ({ source }: { source: string; label?: string }) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const ownTimeZone = useTimeZone();
  const value: unknown = record?.[source];
  if (typeof value !== 'string') return null;
  const timeZone = typeof record?.timeZone === 'string' ? record.timeZone : ownTimeZone;
  return (
    <Typography component="span" variant="body2">
      {formatDateTime(value, locale, timeZone)}
    </Typography>
  );
};
