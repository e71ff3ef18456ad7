import { Labeled, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import type { SinkMail } from '../types';

const Recipients = (_props: { label?: string }) => {
  const mail = useRecordContext<SinkMail>();
  return mail ? <span>{mail.to.join(', ')}</span> : null;
};

/** One message of the local mailbox, its text as sent. */
export const MailSinkShow = () => (
  <Show<SinkMail> resource="mail-sink" title="ciclo.notifications.sink_title">
    <SimpleShowLayout>
      <TextField source="subject" label="ciclo.notifications.subject" />
      <TextField source="from" label="ciclo.notifications.from" />
      <Labeled label="ciclo.notifications.to">
        <Recipients />
      </Labeled>
      <DateTimeField source="receivedAt" label="ciclo.notifications.received" />
      <TextField source="text" label="ciclo.notifications.text" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'monospace', fontSize: 13 }} />
    </SimpleShowLayout>
  </Show>
);
