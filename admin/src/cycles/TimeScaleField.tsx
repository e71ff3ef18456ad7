import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Cycle } from '../types';

/** "Calendario real", or how many times faster than real time the cycle's calendar runs. */
export const TimeScaleField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Cycle>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const scale = record.timeScale ?? 1;
  return (
    <Typography component="span" variant="body2">
      {scale > 1
        ? translate('ciclo.cycle.time_scale_value', {
            scale: new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'es-GT').format(scale),
          })
        : translate('ciclo.cycle.real_time')}
    </Typography>
  );
};
