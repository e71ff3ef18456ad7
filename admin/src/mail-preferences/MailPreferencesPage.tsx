import { Alert, Box, Button, Card, CardContent, Checkbox, CircularProgress, FormControlLabel, FormGroup, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { httpClient } from '../httpClient';
import type { AuditAction } from '../types';

interface MailPreferences {
  kinds: AuditAction[];
  digestKinds: AuditAction[];
}

const queryKey = ['ciclo-mail-preferences'];

/**
 * /preferencias-de-correo: per kind of notice, a mail at once or the daily digest (one mail each morning with
 * every notice held for it). Held notices still show in the notification centre at once.
 */
const MailPreferencesPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { data, isPending, error } = useQuery({ queryKey, queryFn: async () => (await httpClient('/api/mail-preferences')).json as MailPreferences });
  // The person's edits, over what the API answered until the first change.
  const [edited, setDigest] = useState<Set<AuditAction> | null>(null);
  const digest = edited ?? new Set(data?.digestKinds ?? []);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    try {
      const { json } = await httpClient('/api/mail-preferences', { method: 'PUT', body: JSON.stringify({ digestKinds: [...digest] }) });
      queryClient.setQueryData(queryKey, json);
      notify('ciclo.mail_preferences.saved', { type: 'success' });
    } catch (failure) {
      notify((failure as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 820 }}>
      <Title title="ciclo.mail_preferences.title" />
      <Card>
        <CardContent>
          <Typography variant="h6" component="h1" gutterBottom>
            {translate('ciclo.mail_preferences.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('ciclo.mail_preferences.intro')}
          </Typography>
          {isPending && <CircularProgress size={24} aria-label={translate('ra.page.loading')} />}
          {error && <Alert severity="error">{(error as Error).message}</Alert>}
          {data && (
            <FormGroup aria-label={translate('ciclo.mail_preferences.digest_group')}>
              {data.kinds.map((kind) => (
                <FormControlLabel
                  key={kind}
                  control={
                    <Checkbox
                      checked={digest.has(kind)}
                      onChange={(event) => {
                        const next = new Set(digest);
                        if (event.target.checked) next.add(kind);
                        else next.delete(kind);
                        setDigest(next);
                      }}
                    />
                  }
                  label={translate('ciclo.mail_preferences.in_digest', { kind: translate(`ciclo.audit_action.${kind}`) })}
                />
              ))}
            </FormGroup>
          )}
          <Button variant="contained" sx={{ mt: 2 }} disabled={!data || saving} onClick={save}>
            {translate('ciclo.mail_preferences.save')}
          </Button>
        </CardContent>
      </Card>
    </Box>
  );
};

export default MailPreferencesPage;
