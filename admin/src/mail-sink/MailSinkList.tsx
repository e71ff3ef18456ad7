import { Alert } from '@mui/material';
import { DataTable, List, SearchInput, TextField, useListContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';

import type { SinkMail } from '../types';

const Column = DataTable.Col<SinkMail>;
const filters = [<SearchInput key="q" source="q" alwaysOn />];

/** The API answers 404 when mail leaves through a real SMTP server: say so instead of an error. */
const SinkState = () => {
  const { error } = useListContext();
  const translate = useTranslate();
  return error ? <Alert severity="info">{translate('ciclo.notifications.sink_off')}</Alert> : null;
};

/** The local SMTP sink of the default run: what Ciclo sent, as it reached the mail server. */
export const MailSinkList = () => (
  <List<SinkMail> resource="mail-sink" sort={{ field: 'receivedAt', order: 'DESC' }} filters={filters} title="ciclo.notifications.sink_title" empty={false}>
    <SinkState />
    <DataTable<SinkMail> bulkActionButtons={false} rowClick="show">
      <Column source="receivedAt" label="ciclo.notifications.received" sx={{ whiteSpace: 'nowrap', width: 190 }}>
        <DateTimeField source="receivedAt" />
      </Column>
      <Column source="to" label="ciclo.notifications.to" disableSort render={(mail) => mail.to.join(', ')} />
      <Column source="subject" label="ciclo.notifications.subject" disableSort>
        <TextField source="subject" />
      </Column>
    </DataTable>
  </List>
);
