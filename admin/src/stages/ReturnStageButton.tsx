import ReturnIcon from '@mui/icons-material/Undo';
import { useState } from 'react';
import { Button, usePermissions, useRecordContext } from 'react-admin';
import { getUser } from '../session';
import type { Role, Stage } from '../types';
import { canReview } from './permissions';
import { ReturnDialog } from './ReturnDialog';
import { useStageTransition } from './useStageTransition';

/** "Devolver" (for correction): authorities and admins, submitted stages only. */
export const ReturnStageButton = () => {
  const stage = useRecordContext<Stage>();
  const { permissions } = usePermissions<Role>();
  const [open, setOpen] = useState(false);
  const { mutate, isPending } = useStageTransition('return');

  if (!stage || !canReview(permissions, stage, getUser()?.institutionId, getUser()?.id)) return null;

  return (
    <>
      <Button label="ciclo.action.return" color="warning" onClick={() => setOpen(true)} disabled={isPending}>
        <ReturnIcon />
      </Button>
      <ReturnDialog stage={stage} open={open} isPending={isPending} onClose={() => setOpen(false)} onConfirm={(params) => mutate(stage, params, { onSuccess: () => setOpen(false) })} />
    </>
  );
};
