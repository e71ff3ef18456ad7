import MoveIcon from '@mui/icons-material/EventRepeat';
import { useState } from 'react';
import { Button, usePermissions, useRecordContext } from 'react-admin';
import { canCoordinate } from '../permissions';
import type { Cycle, Role } from '../types';
import { MoveDeadlineDialog } from './MoveDeadlineDialog';
import { useCycleProgress } from './useCycleProgress';
import { useMoveDeadline } from './useMoveDeadline';

/** "Mover fecha": coordinators and admins, while the cycle runs. */
export const MoveDeadlineButton = () => {
  const cycle = useRecordContext<Cycle>();
  const { permissions } = usePermissions<Role>();
  // The matrix's first page (the same read as the cycle's page): the stages and their current dates.
  const { data: progress } = useCycleProgress(cycle, { page: 1, perPage: 25 });
  const [open, setOpen] = useState(false);
  const { mutate, isPending } = useMoveDeadline();

  if (!cycle || !canCoordinate(permissions) || cycle.status !== 'running') return null;

  return (
    <>
      <Button label="ciclo.action.move_deadline" onClick={() => setOpen(true)} disabled={isPending || !progress}>
        <MoveIcon />
      </Button>
      <MoveDeadlineDialog
        cycle={cycle}
        progress={progress}
        open={open}
        isPending={isPending}
        onClose={() => setOpen(false)}
        onConfirm={(params) => mutate(cycle, params, { onSuccess: () => setOpen(false) })}
      />
    </>
  );
};
