import ApproveIcon from '@mui/icons-material/CheckCircle';
import { useState } from 'react';
import { Button, usePermissions, useRecordContext } from 'react-admin';
import { getUser } from '../session';
import type { Role, Stage } from '../types';
import { CommentDialog } from './CommentDialog';
import { canReview } from './permissions';
import { useStageTransition } from './useStageTransition';

/** "Aprobar": authorities and admins, submitted stages only. A rule of the template that blocks the approval (422) is listed in the dialog. */
export const ApproveStageButton = () => {
  const stage = useRecordContext<Stage>();
  const { permissions } = usePermissions<Role>();
  const [open, setOpen] = useState(false);
  const { mutate, isPending, problems, clearProblems } = useStageTransition('approve');

  if (!stage || !canReview(permissions, stage, getUser()?.institutionId, getUser()?.id)) return null;

  return (
    <>
      <Button
        label="ciclo.action.approve"
        color="success"
        onClick={() => {
          clearProblems();
          setOpen(true);
        }}
        disabled={isPending}
      >
        <ApproveIcon />
      </Button>
      <CommentDialog
        stage={stage}
        kind="approve"
        open={open}
        isPending={isPending}
        problems={problems}
        onClose={() => setOpen(false)}
        onConfirm={(comment) => mutate(stage, { comment }, { onSuccess: () => setOpen(false) })}
      />
    </>
  );
};
