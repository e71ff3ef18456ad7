import { ListButton, TopToolbar } from 'react-admin';
import { MoveDeadlineButton } from './MoveDeadlineButton';

export const CycleShowActions = () => (
  <TopToolbar>
    <MoveDeadlineButton />
    <ListButton />
  </TopToolbar>
);
