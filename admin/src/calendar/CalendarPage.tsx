import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Link, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { useTimeZone } from '../useTimeZone';
import { isoDay, localDay, monthWeeks, shiftMonth } from './monthGrid';
import { CalendarSubscription } from './CalendarSubscription';
import { useDeadlines, type Deadline } from './useDeadlines';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
/** Read by screen readers, not shown. */
const visuallyHidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/**
 * /calendario: every deadline the person sees, month by month, each on its date in its
 * institution's time zone; and the private iCalendar link for Outlook or Google Calendar.
 */
const CalendarPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // "Today" is the person's own institution's day; each deadline sits on its own zone's day.
  const ownTimeZone = useTimeZone();
  const now = localDay(new Date().toISOString(), ownTimeZone);
  const [shown, setShown] = useState({ year: Number(now.slice(0, 4)), month: Number(now.slice(5, 7)) });
  const weeks = monthWeeks(shown.year, shown.month);
  const from = isoDay(shown.year, shown.month, 1);
  const to = isoDay(shown.year, shown.month, new Date(Date.UTC(shown.year, shown.month, 0)).getUTCDate());
  const { data, isPending, error } = useDeadlines(from, to);
  const byDay = new Map<string, Deadline[]>();
  for (const deadline of data ?? []) {
    const day = localDay(deadline.deadline, deadline.timeZone);
    if (day >= from && day <= to) byDay.set(day, [...(byDay.get(day) ?? []), deadline]);
  }
  const intl = locale === 'en' ? 'en-US' : 'es-GT';
  const monthText = new Intl.DateTimeFormat(intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(shown.year, shown.month - 1, 1)));
  const monthTitle = monthText.charAt(0).toLocaleUpperCase(intl) + monthText.slice(1);
  const weekday = (n: number) => new Intl.DateTimeFormat(intl, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, n)));
  const count = byDay.size === 0 ? 0 : [...byDay.values()].reduce((sum, list) => sum + list.length, 0);

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="ciclo.calendar.title" />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('ciclo.calendar.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('ciclo.calendar.intro')}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
          <Button startIcon={<ChevronLeftIcon />} onClick={() => setShown(shiftMonth(shown, -1))}>
            {translate('ciclo.calendar.previous')}
          </Button>
          <Button onClick={() => setShown({ year: Number(now.slice(0, 4)), month: Number(now.slice(5, 7)) })}>{translate('ciclo.calendar.today')}</Button>
          <Button endIcon={<ChevronRightIcon />} onClick={() => setShown(shiftMonth(shown, 1))}>
            {translate('ciclo.calendar.next')}
          </Button>
          <Typography variant="h6" component="h2" sx={{ ml: 1 }} aria-live="polite">
            {monthTitle}
          </Typography>
          {isPending && <CircularProgress size={20} aria-label={translate('ciclo.calendar.loading')} />}
        </Stack>
        {error && <Alert severity="error">{(error as Error).message}</Alert>}
        <Box sx={{ overflowX: 'auto' }}>
          <Box component="table" sx={{ borderCollapse: 'collapse', width: '100%', minWidth: 720, tableLayout: 'fixed' }}>
            <caption style={{ captionSide: 'top', textAlign: 'left', padding: '4px 0' }}>{translate('ciclo.calendar.caption', { month: monthTitle, smart_count: count })}</caption>
            <thead>
              <tr>
                {WEEKDAYS.map((n) => (
                  <Box component="th" scope="col" key={n} sx={{ p: 0.5, fontWeight: 600, fontSize: 13, textAlign: 'left' }}>
                    {weekday(n)}
                  </Box>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.find(Boolean) ?? ''}>
                  {week.map((day, index) => (
                    <Box
                      component="td"
                      key={day ?? `vacío-${index}`}
                      sx={{
                        verticalAlign: 'top',
                        height: 92,
                        p: 0.5,
                        border: 1,
                        borderColor: 'divider',
                        bgcolor: day === now ? 'action.selected' : day ? 'background.paper' : 'action.hover',
                      }}
                    >
                      {day && (
                        <>
                          <Typography variant="caption" component="div" sx={{ fontWeight: day === now ? 700 : 400 }}>
                            {Number(day.slice(8))}
                            {day === now && (
                              <Box component="span" sx={visuallyHidden}>
                                {' '}
                                ({translate('ciclo.calendar.today')})
                              </Box>
                            )}
                          </Typography>
                          {(byDay.get(day) ?? []).map((deadline) => (
                            <DeadlineEntry key={deadline.stageId} deadline={deadline} />
                          ))}
                        </>
                      )}
                    </Box>
                  ))}
                </tr>
              ))}
            </tbody>
          </Box>
        </Box>
        <CalendarSubscription />
      </CardContent>
    </Card>
  );
};

const DeadlineEntry = ({ deadline }: { deadline: Deadline }) => {
  const translate = useTranslate();
  const late = deadline.overdue && deadline.status !== 'approved';
  return (
    <Link
      component={RouterLink}
      to={`/stages/${deadline.stageId}/show`}
      variant="caption"
      underline="hover"
      sx={{
        display: 'block',
        mb: 0.25,
        px: 0.5,
        borderLeft: 3,
        borderColor: late ? 'error.main' : deadline.status === 'approved' ? 'success.main' : 'info.main',
        color: 'text.primary',
        lineHeight: 1.3,
      }}
    >
      <strong>{deadline.institutionCode}</strong> · {deadline.stageName}
      {' · '}
      {late ? translate('ciclo.calendar.late') : translate(`ciclo.status.${deadline.status}`, { _: deadline.status })}
    </Link>
  );
};

// Loaded on demand (React.lazy in App).
export default CalendarPage;
