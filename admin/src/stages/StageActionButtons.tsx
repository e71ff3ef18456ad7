import { Stack } from '@mui/material';
import type { MouseEvent } from 'react';
import { ApproveStageButton } from './ApproveStageButton';
import { ExtendStageButton } from './ExtendStageButton';
import { RecallStageButton } from './RecallStageButton';
import { ReturnStageButton } from './ReturnStageButton';
import { SubmitStageButton } from './SubmitStageButton';

// Dialogs are portals, but React events still bubble through the component
// tree: stop them here so that nothing inside triggers the row click.
const stop = (event: MouseEvent) => event.stopPropagation();

/** The workflow buttons allowed for the current user on the current stage. */
export const StageActionButtons = (_props: { label?: string }) => (
  <Stack direction="row" spacing={1} onClick={stop} sx={{ flexWrap: 'wrap' }}>
    <SubmitStageButton />
    <ApproveStageButton />
    <ReturnStageButton />
    <RecallStageButton />
    <ExtendStageButton />
  </Stack>
);
