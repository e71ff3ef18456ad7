import SendIcon from '@mui/icons-material/Send';
import { useState } from 'react';
import { Button, usePermissions, useRecordContext } from 'react-admin';
import type { Role, Stage } from '../types';
import { CommentDialog } from './CommentDialog';
import { canSubmit } from './permissions';
import { useStageTransition } from './useStageTransition';

/**
 * "Enviar": planners and admins, draft stages only. When the deliverable fails its gates the API
 * answers 422 with every problem: the dialog stays open and lists them all.
 */
export const SubmitStageButton = () => {
  const stage = useRecordContext<Stage>();
  const { permissions } = usePermissions<Role>();
  const [open, setOpen] = useState(false);
  const { mutate, isPending, problems, clearProblems } = useStageTransition('submit');

  if (!stage || !canSubmit(permissions, stage)) return null;

  return (
    <>
      <Button
        label="ciclo.action.submit"
        onClick={() => {
          clearProblems();
          setOpen(true);
        }}
        disabled={isPending}
      >
        <SendIcon />
      </Button>
      <CommentDialog
        stage={stage}
        kind="submit"
        open={open}
        isPending={isPending}
        problems={problems}
        onClose={() => setOpen(false)}
        onConfirm={(comment) => mutate(stage, { comment }, { onSuccess: () => setOpen(false) })}
      />
    </>
  );
};
