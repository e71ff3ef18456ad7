import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import EventIcon from '@mui/icons-material/Event';
import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { httpClient } from '../httpClient';

/**
 * The person's private iCalendar link. Only its hash is kept, so the URL is shown once, when
 * made; making a new one or revoking stops the old one.
 */
export const CalendarSubscription = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { data } = useQuery({
    queryKey: ['ciclo-calendar-subscription'],
    queryFn: async () => (await httpClient('/api/calendar/subscription')).json as { active: boolean },
  });

  const call = async (method: 'POST' | 'DELETE') => {
    setBusy(true);
    try {
      const { json } = await httpClient('/api/calendar/subscription', { method });
      setUrl((json as { url?: string }).url ?? null);
      queryClient.setQueryData(['ciclo-calendar-subscription'], { active: method === 'POST' });
      notify(method === 'POST' ? 'ciclo.calendar.link_made' : 'ciclo.calendar.link_revoked', { type: 'success' });
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="section" aria-labelledby="calendar-subscription-title" sx={{ mt: 4, maxWidth: 820 }}>
      <Typography id="calendar-subscription-title" variant="h6" component="h2" gutterBottom>
        {translate('ciclo.calendar.subscription_title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {translate('ciclo.calendar.subscription_intro')}
      </Typography>
      {url && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mb: 1.5 }}>
          <TextField
            label={translate('ciclo.calendar.link_label')}
            value={url}
            fullWidth
            slotProps={{ htmlInput: { readOnly: true }, inputLabel: { shrink: true } }}
            onFocus={(event) => event.target.select()}
          />
          <Button
            variant="outlined"
            startIcon={<ContentCopyIcon />}
            onClick={() =>
              navigator.clipboard
                ?.writeText(url)
                .then(() => notify('ciclo.calendar.copied', { type: 'info' }))
                .catch(() => notify('ciclo.calendar.copy_failed', { type: 'warning' }))
            }
          >
            {translate('ciclo.calendar.copy')}
          </Button>
        </Stack>
      )}
      {url && (
        <Alert severity="info" sx={{ mb: 1.5 }}>
          {translate('ciclo.calendar.shown_once')}
        </Alert>
      )}
      {!url && data?.active && (
        <Typography variant="body2" sx={{ mb: 1.5 }}>
          {translate('ciclo.calendar.link_active')}
        </Typography>
      )}
      <Stack direction="row" spacing={1}>
        <Button variant="contained" startIcon={<EventIcon />} disabled={busy} onClick={() => call('POST')}>
          {translate(data?.active ? 'ciclo.calendar.make_new_link' : 'ciclo.calendar.make_link')}
        </Button>
        {data?.active && (
          <Button color="error" disabled={busy} onClick={() => call('DELETE')}>
            {translate('ciclo.calendar.revoke_link')}
          </Button>
        )}
      </Stack>
    </Box>
  );
};
