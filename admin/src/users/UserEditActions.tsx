import { ListButton, TopToolbar } from 'react-admin';
import { ResendInvitationButton } from './ResendInvitationButton';

export const UserEditActions = () => (
  <TopToolbar>
    <ResendInvitationButton />
    <ListButton />
  </TopToolbar>
);
