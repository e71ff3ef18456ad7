import { Alert, Box, Button, CircularProgress, Link, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { formatDateTime } from '../dates';
import { PublicPage } from '../layout/PublicPage';
import { ReturnReasonField } from '../stages/ReturnReasonField';
import type { EmailActionDone, EmailActionLink, ReturnReasonCode } from '../types';

/** POST /api/email-actions/lookup {token}: what the link would do, and whether it still can. */
type LinkDescription = EmailActionLink;

type ActionResult = EmailActionDone;

/** The API's refusal: its Spanish message and, for a bad body, one message per field. */
class ApiError extends Error {
  constructor(
    message: string,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
  }
}

/** The API's answer as JSON, or its {message, errors} as an ApiError. */
async function callApi<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { Accept: 'application/json', ...(init?.body ? { 'Content-Type': 'application/json' } : {}) } });
  const body = (await response.json().catch(() => ({}))) as T & { message?: string; errors?: Record<string, string> };
  if (!response.ok) throw new ApiError(body.message ?? response.statusText, body.errors);
  return body;
}

/**
 * /correo/accion/:token: the page an approve or return link of a mail opens. The link's token is
 * the credential, so the page needs no session (a CustomRoutes noLayout route, which react-admin
 * renders even with requireAuth). It sits in the URL's fragment, which browsers never send, and
 * goes to the API in request bodies only, so no server or proxy log keeps it. Opening the page
 * changes nothing: only "Confirmar" acts.
 */
const EmailActionPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { token = '' } = useParams<{ token: string }>();
  const [link, setLink] = useState<LinkDescription | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [reasonCode, setReasonCode] = useState<ReturnReasonCode | ''>('');
  const [showRequired, setShowRequired] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ message: string; errors?: Record<string, string> } | null>(null);
  const [result, setResult] = useState<ActionResult | null>(null);

  useEffect(() => {
    document.title = translate('ciclo.emailAction.page_title');
  }, [translate]);

  useEffect(() => {
    let current = true;
    callApi<LinkDescription>('/api/email-actions/lookup', { method: 'POST', body: JSON.stringify({ token }) })
      .then((description) => current && setLink(description))
      .catch((error: unknown) => current && setLoadError(error instanceof ApiError ? error.message : translate('ciclo.emailAction.network_error')));
    return () => {
      current = false;
    };
  }, [token, translate]);

  const isReturn = link?.action === 'return';
  const commentMissing = isReturn && comment.trim() === '';
  const reasonMissing = isReturn && reasonCode === '';
  const fieldError = (field: 'comment' | 'reasonCode', missing: boolean) => failure?.errors?.[field] ?? (showRequired && missing ? translate('ciclo.emailAction.required') : undefined);

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    if (!link || pending) return;
    if (commentMissing || reasonMissing) {
      setShowRequired(true);
      return;
    }
    setPending(true);
    setFailure(null);
    try {
      const decision = isReturn ? { comment, reasonCode } : comment.trim() ? { comment } : {};
      setResult(await callApi<ActionResult>('/api/email-actions', { method: 'POST', body: JSON.stringify({ token, ...decision }) }));
    } catch (error) {
      setFailure(error instanceof ApiError ? { message: error.message, errors: error.errors } : { message: translate('ciclo.emailAction.network_error') });
    } finally {
      setPending(false);
    }
  };

  return (
    <PublicPage maxWidth={640}>
      {!link && !loadError && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} role="status">
          <CircularProgress size={24} />
          <Typography>{translate('ciclo.emailAction.loading')}</Typography>
        </Stack>
      )}
      {loadError && <Alert severity="error">{translate('ciclo.emailAction.load_error', { message: loadError })}</Alert>}
      {link && (
        <>
          <Typography variant="h5" component="h1">
            {translate(isReturn ? 'ciclo.emailAction.title_return' : 'ciclo.emailAction.title_approve')}
          </Typography>
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 1, m: 0, '& dt': { color: 'text.secondary' }, '& dd': { m: 0 } }}>
            <dt>{translate('ciclo.emailAction.stage')}</dt>
            <dd>{link.stageName}</dd>
            <dt>{translate('ciclo.emailAction.institution')}</dt>
            <dd>{link.institutionName}</dd>
            <dt>{translate('ciclo.emailAction.version')}</dt>
            <dd>{link.version}</dd>
            <dt>{translate('ciclo.emailAction.person')}</dt>
            <dd>{link.personName}</dd>
          </Box>
          {result ? (
            <Alert severity="success" role="status">
              {isReturn
                ? translate('ciclo.emailAction.done_return', { version: result.version, person: result.personName })
                : translate('ciclo.emailAction.done_approve', { person: result.personName })}
            </Alert>
          ) : !link.usable ? (
            <Alert severity="warning" role="status">
              <strong>{translate('ciclo.emailAction.not_usable')}</strong>: {link.reason}
            </Alert>
          ) : (
            <Stack component="form" spacing={2} onSubmit={confirm} noValidate>
              <Typography variant="body2">{translate(isReturn ? 'ciclo.emailAction.intro_return' : 'ciclo.emailAction.intro_approve', { person: link.personName })}</Typography>
              {isReturn && (
                <ReturnReasonField
                  id="email-action-reason"
                  label={translate('ciclo.emailAction.reason')}
                  value={reasonCode}
                  onChange={setReasonCode}
                  disabled={pending}
                  error={fieldError('reasonCode', reasonMissing)}
                />
              )}
              <TextField
                id="email-action-comment"
                label={translate(isReturn ? 'ciclo.emailAction.comment_required' : 'ciclo.emailAction.comment_optional')}
                value={comment}
                onChange={(event) => setComment(event.target.value)}
                disabled={pending}
                required={isReturn}
                multiline
                minRows={3}
                fullWidth
                error={Boolean(fieldError('comment', commentMissing))}
                helperText={fieldError('comment', commentMissing)}
                slotProps={{ htmlInput: { maxLength: 5000 } }}
              />
              {failure && (
                <Alert severity="error" role="alert">
                  {translate('ciclo.emailAction.failed', { message: failure.message })}
                </Alert>
              )}
              <Box>
                <Button type="submit" variant="contained" color={isReturn ? 'warning' : 'primary'} disabled={pending}>
                  {translate(pending ? 'ciclo.emailAction.confirming' : 'ciclo.emailAction.confirm')}
                </Button>
              </Box>
              <Typography variant="caption" color="text.secondary">
                {translate('ciclo.emailAction.expires', { date: formatDateTime(link.expiresAt, locale, link.timeZone) })}
              </Typography>
            </Stack>
          )}
          <Link href={`#/stages/${link.stageId}/show`}>{translate('ciclo.emailAction.open_stage')}</Link>
        </>
      )}
      {loadError && <Link href="#/">{translate('ciclo.emailAction.open_console')}</Link>}
    </PublicPage>
  );
};

export default EmailActionPage;
