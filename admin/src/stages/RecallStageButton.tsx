import RecallIcon from '@mui/icons-material/SettingsBackupRestore';
import { useState } from 'react';
import { Button, useRecordContext } from 'react-admin';
import type { Stage } from '../types';
import { canRecall } from './permissions';
import { RecallDialog } from './RecallDialog';
import { useStageTransition } from './useStageTransition';

/** "Retirar envío": only for whoever sent the version, while no level has decided it. */
export const RecallStageButton = () => {
  const stage = useRecordContext<Stage>();
  const [open, setOpen] = useState(false);
  const { mutate, isPending } = useStageTransition('recall');

  if (!stage || !canRecall(stage)) return null;

  return (
    <>
      <Button label="ciclo.action.recall" onClick={() => setOpen(true)} disabled={isPending}>
        <RecallIcon />
      </Button>
      <RecallDialog
        stage={stage}
        open={open}
        isPending={isPending}
        onClose={() => setOpen(false)}
        onConfirm={(comment) => mutate(stage, { comment, version: stage.version }, { onSuccess: () => setOpen(false) })}
      />
    </>
  );
};
