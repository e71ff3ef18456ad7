import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { HttpError, useLocaleState, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { authProvider } from '../authProvider';
import { formatDateTime } from '../dates';
import type { PasswordSetupLink } from '../types';
import { PASSWORD_MAX, passwordProblems } from './passwordRules';

/** No session yet, so no institution's zone: the expiry is read where the person is. */
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The two password fields of a first sign-in. Problems show once the person has tried to save;
 * the API's own (400 `errors.password`, 410 for a link used meanwhile) come back under the field
 * or above the button. Saved, the person is signed in and lands on their home page.
 */
export const PasswordSetupForm = ({ token, link }: { token: string; link: PasswordSetupLink }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [tried, setTried] = useState(false);
  const [pending, setPending] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; password?: string } | null>(null);

  const problems = passwordProblems(password, confirmation);
  const passwordError = refusal?.password ?? (tried && problems.password ? translate(problems.password) : undefined);
  const confirmationError = tried && problems.confirmation ? translate(problems.confirmation) : undefined;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setTried(true);
    setRefusal(null);
    if (problems.password || problems.confirmation) return;
    setPending(true);
    try {
      await authProvider.login({ setupToken: token, password });
      // The console found no session when this page opened, and keeps that answer (and
      // whatever an earlier session loaded): start afresh, then enter as the new person.
      await queryClient.resetQueries();
      void navigate('/');
    } catch (error) {
      // Anything but the API's refusal is the network failing (fetch rejects with a TypeError).
      if (error instanceof HttpError) {
        const body = error.body as { errors?: Record<string, string> } | undefined;
        setRefusal({ message: error.message, password: body?.errors?.password });
      } else {
        setRefusal({ message: translate('ciclo.passwordSetup.network_error') });
      }
      setPending(false);
    }
  };

  return (
    <Stack component="form" spacing={2} onSubmit={save} noValidate>
      <Typography variant="body1">{translate('ciclo.passwordSetup.intro', { name: link.name, email: link.email })}</Typography>
      {/* For password managers: the account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={link.email} readOnly hidden />
      <TextField
        id="password-setup-password"
        type="password"
        label={translate('ciclo.passwordSetup.password')}
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
          setRefusal(null);
        }}
        disabled={pending}
        required
        fullWidth
        autoComplete="new-password"
        error={Boolean(passwordError)}
        helperText={passwordError ?? translate('ciclo.passwordSetup.password_help')}
        slotProps={{ htmlInput: { maxLength: PASSWORD_MAX } }}
      />
      <TextField
        id="password-setup-confirmation"
        type="password"
        label={translate('ciclo.passwordSetup.confirmation')}
        value={confirmation}
        onChange={(event) => setConfirmation(event.target.value)}
        disabled={pending}
        required
        fullWidth
        autoComplete="new-password"
        error={Boolean(confirmationError)}
        helperText={confirmationError}
        slotProps={{ htmlInput: { maxLength: PASSWORD_MAX } }}
      />
      {refusal && !refusal.password && (
        <Alert severity="error" role="alert">
          {translate('ciclo.passwordSetup.failed', { message: refusal.message })}
        </Alert>
      )}
      <Box>
        <Button type="submit" variant="contained" disabled={pending}>
          {translate(pending ? 'ciclo.passwordSetup.submitting' : 'ciclo.passwordSetup.submit')}
        </Button>
      </Box>
      <Typography variant="caption" color="text.secondary">
        {translate('ciclo.passwordSetup.expires', { date: formatDateTime(link.expiresAt, locale, browserTimeZone()) })}
      </Typography>
    </Stack>
  );
};
