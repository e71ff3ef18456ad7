import { AppBar as RaAppBar, LocalesMenuButton, TitlePortal } from 'react-admin';
import { LoadingIndicator } from './LoadingIndicator';
import { NotificationBell } from '../notifications/NotificationBell';

/** App bar with the notification bell and the Español / English switch always visible. */
export const AppBar = () => (
  <RaAppBar
    toolbar={
      <>
        <NotificationBell />
        <LocalesMenuButton />
        <LoadingIndicator />
      </>
    }
  >
    <TitlePortal />
  </RaAppBar>
);
