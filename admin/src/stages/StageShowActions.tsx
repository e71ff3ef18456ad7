import { ListButton, TopToolbar } from 'react-admin';
import { StageActionButtons } from './StageActionButtons';
import { WorkflowLink } from './WorkflowLink';

export const StageShowActions = () => (
  <TopToolbar>
    <StageActionButtons />
    <WorkflowLink />
    <ListButton />
  </TopToolbar>
);
