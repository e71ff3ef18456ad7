import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { UserAccount } from '../types';

/** Whether the person has chosen a password, or their invitation is still pending. */
export const PasswordStatusField = (_props: { label?: string }) => {
  const user = useRecordContext<UserAccount>();
  const translate = useTranslate();
  if (!user) return null;
  return user.passwordSet ? (
    <Chip size="small" color="success" variant="outlined" label={translate('ciclo.user.password_set')} />
  ) : (
    <Chip size="small" color="warning" variant="outlined" label={translate('ciclo.user.invitation_pending')} />
  );
};
