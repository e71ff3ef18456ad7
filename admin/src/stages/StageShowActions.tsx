import { ListButton, TopToolbar } from 'react-admin';
import { StageActionButtons } from './StageActionButtons';

export const StageShowActions = () => (
    <TopToolbar>
        <StageActionButtons />
        <ListButton />
    </TopToolbar>
);
