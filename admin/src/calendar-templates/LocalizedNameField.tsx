import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import type { CalendarTemplate } from '../types';
import { localized } from './describe';

/** The template's name in the UI's language. */
export const LocalizedNameField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<CalendarTemplate>();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {localized(record.name, locale)}
    </Typography>
  );
};
