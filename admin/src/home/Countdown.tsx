import { Box, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime } from '../dates';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Re-renders every minute: the countdown moves without reloading anything. */
const useNow = (everyMs = 60_000) => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
};

/**
 * "Faltan 128 días y 5 horas", or "Vencida hace 3 días", with the deadline under it. Not a live
 * region on purpose: a screen reader would otherwise hear it every minute.
 */
export const Countdown = ({ deadline, timeZone, approved }: { deadline: string; timeZone: string; approved: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const now = useNow();
  const diff = Date.parse(deadline) - now;
  const late = diff < 0;
  const abs = Math.abs(diff);
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);

  const headline = approved
    ? translate('ciclo.home.countdown.approved')
    : days > 0
      ? translate(late ? 'ciclo.home.countdown.days_late' : 'ciclo.home.countdown.days_left', { smart_count: days })
      : translate(late ? 'ciclo.home.countdown.hours_late' : 'ciclo.home.countdown.hours_left', { smart_count: hours });
  // Dark shades: large text keeps at least 3:1 on white (warning.dark), the rest 4.5:1.
  const color = approved ? 'success.dark' : late ? 'error.dark' : days < 7 ? 'warning.dark' : 'text.primary';

  return (
    <Box>
      <Typography variant="h5" component="p" sx={{ color, fontWeight: 600 }}>
        {headline}
        {!approved && days > 0 && hours > 0 && (
          <Typography component="span" variant="body1" color="text.secondary" sx={{ ml: 1 }}>
            {translate('ciclo.home.countdown.and_hours', { smart_count: hours })}
          </Typography>
        )}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('ciclo.home.countdown.deadline', { date: formatDateTime(deadline, locale, timeZone), zone: timeZone })}
      </Typography>
    </Box>
  );
};
