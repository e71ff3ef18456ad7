import DoneAllIcon from '@mui/icons-material/DoneAll';
import { Box, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Button, DataTable, List, TopToolbar, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { DateTimeField } from '../fields/DateTimeField';
import { httpClient } from '../httpClient';
import { UNREAD_KEY } from './useUnreadCount';

import type { NotificationRecord as Notification } from '../types';

const Column = DataTable.Col<Notification>;

const ReadAllButton = () => {
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  return (
    <Button
      label="ciclo.notifications.read_all"
      onClick={async () => {
        try {
          const { json } = await httpClient('/api/notifications/read-all', { method: 'POST' });
          notify('ciclo.notifications.marked', { type: 'info', messageArgs: { smart_count: (json as { marked: number }).marked } });
          await queryClient.invalidateQueries({ queryKey: UNREAD_KEY });
          refresh();
        } catch (error) {
          notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
        }
      }}
    >
      <DoneAllIcon />
    </Button>
  );
};

/** The subject, in bold while unread, with the start of the message under it. */
const SubjectField = (_props: { label?: string }) => {
  const notification = useRecordContext<Notification>();
  const translate = useTranslate();
  if (!notification) return null;
  const unread = !notification.readAt;
  return (
    <Box>
      <Typography variant="body2" sx={{ fontWeight: unread ? 700 : 400 }}>
        {unread && <span aria-label={translate('ciclo.notifications.unread')}>● </span>}
        {notification.subject}
      </Typography>
      <Typography variant="caption" color="text.secondary" sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
        {notification.text}
      </Typography>
    </Box>
  );
};

/** The notification centre: a copy of every mail the person was sent; opening one marks it read. */
export const NotificationList = () => {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const open = async (notification: Notification) => {
    try {
      if (!notification.readAt) await httpClient(`/api/notifications/${notification.id}/read`, { method: 'POST' });
      await queryClient.invalidateQueries({ queryKey: UNREAD_KEY });
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    }
    if (notification.stageId) void navigate(`/stages/${notification.stageId}/show`);
  };
  return (
    <List<Notification>
      resource="notifications"
      sort={{ field: 'createdAt', order: 'DESC' }}
      actions={
        <TopToolbar>
          <ReadAllButton />
        </TopToolbar>
      }
      title="ciclo.notifications.title"
      perPage={25}
    >
      <DataTable<Notification>
        bulkActionButtons={false}
        rowClick={(_id, _resource, record) => {
          void open(record as Notification);
          return false;
        }}
      >
        <Column source="subject" label="ciclo.notifications.subject" disableSort>
          <SubjectField />
        </Column>
        <Column source="createdAt" label="ciclo.notifications.received" sx={{ whiteSpace: 'nowrap', width: 200 }}>
          <DateTimeField source="createdAt" />
        </Column>
      </DataTable>
    </List>
  );
};
