import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, IconButton, Tooltip } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { useUnreadCount } from './useUnreadCount';

/** The app bar's bell: the unread count, and the way to the notification centre. */
export const NotificationBell = () => {
  const translate = useTranslate();
  const { data: unread = 0 } = useUnreadCount();
  const label = translate('ciclo.notifications.bell', { smart_count: unread });
  return (
    <Tooltip title={label}>
      <IconButton component={Link} to="/notifications" color="inherit" aria-label={label}>
        <Badge badgeContent={unread} color="error" max={99}>
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
};
