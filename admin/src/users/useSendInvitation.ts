import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { CicloDataProvider } from '../dataProvider';
import { formatDateTime } from '../dates';
import type { UserAccount } from '../types';
import { usePessimisticAction } from '../usePessimisticAction';
import { useTimeZone } from '../useTimeZone';

/** "Reenviar invitación": waits for the API to mail a new one-time link, then says where and until when. */
export const useSendInvitation = () => {
  const dataProvider = useDataProvider<CicloDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const timeZone = useTimeZone();
  const { run, isPending } = usePessimisticAction();

  const send = (user: UserAccount, onSuccess?: () => void) =>
    run(
      async () => (await dataProvider.sendInvitation(user.id)).data,
      (sent) => translate('ciclo.user.invitation_sent', { email: sent.sentTo, date: formatDateTime(sent.expiresAt, locale, timeZone) }),
      () => onSuccess?.(),
    );

  return { send, isPending };
};
