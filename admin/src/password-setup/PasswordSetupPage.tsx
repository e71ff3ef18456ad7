import { Alert, CircularProgress, Link, Stack, Typography } from '@mui/material';
import { useEffect } from 'react';
import { useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { PublicPage } from '../layout/PublicPage';
import { PasswordSetupForm } from './PasswordSetupForm';
import { usePasswordSetupLink } from './usePasswordSetupLink';

/**
 * /primer-acceso/:token: the page the invitation mail links to. The token is the credential, so
 * the page needs no session (a CustomRoutes noLayout route). The person chooses a password twice
 * and is signed in with it.
 */
const PasswordSetupPage = () => {
  const translate = useTranslate();
  const { token = '' } = useParams<{ token: string }>();
  const state = usePasswordSetupLink(token);

  useEffect(() => {
    document.title = translate('ciclo.passwordSetup.page_title');
  }, [translate]);

  return (
    <PublicPage maxWidth={560}>
      <Typography variant="h5" component="h1">
        {translate('ciclo.passwordSetup.title')}
      </Typography>
      {state.status === 'loading' && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} role="status">
          <CircularProgress size={24} />
          <Typography>{translate('ciclo.passwordSetup.loading')}</Typography>
        </Stack>
      )}
      {state.status === 'ready' && <PasswordSetupForm token={token} link={state.link} />}
      {state.status !== 'loading' && state.status !== 'ready' && (
        <>
          <Alert severity={state.status === 'error' ? 'error' : 'warning'} role="alert">
            {state.status === 'gone'
              ? translate('ciclo.passwordSetup.unusable', { message: state.message })
              : state.status === 'not_found'
                ? translate('ciclo.passwordSetup.not_found')
                : translate('ciclo.passwordSetup.load_error', {
                    message: state.message ?? translate('ciclo.passwordSetup.network_error'),
                  })}
          </Alert>
          <Typography variant="body2">{translate('ciclo.passwordSetup.ask_again')}</Typography>
          <Link href="#/login">{translate('ciclo.passwordSetup.go_to_login')}</Link>
        </>
      )}
    </PublicPage>
  );
};

// Loaded on demand (React.lazy in App).
export default PasswordSetupPage;
