import SendIcon from '@mui/icons-material/ForwardToInbox';
import { useState } from 'react';
import { Button, Confirm, useRecordContext } from 'react-admin';
import type { UserAccount } from '../types';
import { useSendInvitation } from './useSendInvitation';

/** Mails an active person a new one-time link to set their password, after a confirmation. */
export const ResendInvitationButton = () => {
  const user = useRecordContext<UserAccount>();
  const [open, setOpen] = useState(false);
  const { send, isPending } = useSendInvitation();
  if (!user?.active) return null;
  return (
    <>
      <Button label="ciclo.user.resend" onClick={() => setOpen(true)} disabled={isPending}>
        <SendIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="ciclo.user.resend_title"
        content="ciclo.user.resend_content"
        contentTranslateOptions={{ email: user.email }}
        confirm="ciclo.action.confirm"
        onConfirm={() => void send(user, () => setOpen(false))}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
