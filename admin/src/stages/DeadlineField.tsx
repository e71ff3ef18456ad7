import { Box, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { daysUntil, formatDate, formatDateTime } from '../dates';
import type { Stage } from '../types';

/** Deadline date (in the stage's institution's time zone) plus "vence en N días" / "N días de atraso". */
export const DeadlineField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Stage>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record?.deadline) return null;

  const days = daysUntil(record.deadline, new Date(), record.timeZone);
  const pending = record.status !== 'approved';
  const late = pending && (record.overdue || (days !== null && days < 0));

  let relative: string | null = null;
  if (pending && days !== null) {
    relative = days > 0 ? translate('ciclo.deadline.due_in', { smart_count: days }) : days === 0 ? translate('ciclo.deadline.due_today') : translate('ciclo.deadline.late', { smart_count: -days });
  }

  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column' }}>
      <Typography component="span" variant="body2" title={formatDateTime(record.deadline, locale, record.timeZone)}>
        {formatDate(record.deadline, locale, record.timeZone)}
      </Typography>
      {relative && (
        <Typography component="span" variant="caption" color={late ? 'error' : 'text.secondary'} sx={{ fontWeight: late ? 600 : undefined }}>
          {relative}
        </Typography>
      )}
    </Box>
  );
};
