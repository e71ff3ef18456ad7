import ExtendIcon from '@mui/icons-material/MoreTime';
import { useState } from 'react';
import { Button, usePermissions, useRecordContext } from 'react-admin';
import type { Role, Stage } from '../types';
import { ExtendDialog } from './ExtendDialog';
import { canExtend } from './permissions';
import { useStageTransition } from './useStageTransition';

/** "Prorrogar": coordinators and admins, stages not yet approved. */
export const ExtendStageButton = () => {
  const stage = useRecordContext<Stage>();
  const { permissions } = usePermissions<Role>();
  const [open, setOpen] = useState(false);
  const { mutate, isPending } = useStageTransition('extend');

  if (!stage || !canExtend(permissions, stage)) return null;

  return (
    <>
      <Button label="ciclo.action.extend" onClick={() => setOpen(true)} disabled={isPending}>
        <ExtendIcon />
      </Button>
      <ExtendDialog stage={stage} open={open} isPending={isPending} onClose={() => setOpen(false)} onConfirm={(params) => mutate(stage, params, { onSuccess: () => setOpen(false) })} />
    </>
  );
};
