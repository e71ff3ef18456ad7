import { MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { MoveDeadlineParams } from '../dataProvider';
import { isoToLocal, localToIso } from '../dates';
import { StageDialog } from '../stages/StageDialog';
import { useResetOnOpen } from '../stages/useResetOnOpen';
import type { Cycle, CycleProgress } from '../types';
import { useTimeZone } from '../useTimeZone';
import { CommentField } from '../stages/CommentField';
import { DeadlineInput } from '../stages/DeadlineInput';

interface MoveDeadlineDialogProps {
  cycle: Cycle;
  progress: CycleProgress | undefined;
  open: boolean;
  isPending: boolean;
  onClose: () => void;
  onConfirm: (params: MoveDeadlineParams) => void;
}

/** The stage's current deadline, if any institution (or the coordination row) has it open. */
const currentDeadline = (progress: CycleProgress | undefined, stageCode: string): string | null => {
  if (!progress) return null;
  const cells = [...progress.coordination, ...progress.institutions.flatMap((row) => row.cells)];
  return cells.find((cell) => cell.stageCode === stageCode && cell.deadline)?.deadline ?? null;
};

/**
 * "Mover fecha": a stage of the template, its new deadline, a comment. The date is typed in the
 * coordinator's own institution's time zone: the move applies to institutions of any zone.
 */
export const MoveDeadlineDialog = ({ cycle, progress, open, isPending, onClose, onConfirm }: MoveDeadlineDialogProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const timeZone = useTimeZone();
  const [stageCode, setStageCode] = useState('');
  const [deadline, setDeadline] = useState('');
  const [comment, setComment] = useState('');
  const [showErrors, setShowErrors] = useState(false);

  const stages = [...(progress?.stages ?? [])].sort((a, b) => a.order - b.order);
  const isoDeadline = localToIso(deadline, timeZone);
  const required = translate('ra.validation.required');

  // Start from an empty form each time the dialog opens.
  useResetOnOpen(open, () => {
    setStageCode('');
    setDeadline('');
    setComment('');
    setShowErrors(false);
  });

  const chooseStage = (code: string) => {
    setStageCode(code);
    // Start from the stage's present date when it is known.
    const current = currentDeadline(progress, code);
    if (current) setDeadline(isoToLocal(current, timeZone));
  };

  const confirm = () => {
    if (!stageCode || !isoDeadline) {
      setShowErrors(true);
      return;
    }
    onConfirm({ stageCode, deadline: isoDeadline, comment });
  };

  return (
    <StageDialog
      open={open}
      title={translate('ciclo.dialog.move_title')}
      content={translate('ciclo.dialog.move_content', {
        cycle: `${cycle.jurisdiction} ${cycle.fiscalYear}`,
      })}
      isPending={isPending}
      onClose={onClose}
      onConfirm={confirm}
    >
      <Stack spacing={2}>
        <TextField
          select
          label={translate('ciclo.dialog.stage')}
          value={stageCode}
          onChange={(event) => chooseStage(event.target.value)}
          disabled={isPending}
          required
          fullWidth
          error={showErrors && !stageCode}
          helperText={showErrors && !stageCode ? required : undefined}
        >
          {stages.map((stage) => (
            <MenuItem key={stage.code} value={stage.code}>
              {`${stage.order}. ${locale === 'en' ? stage.name.en : stage.name.es}`}
            </MenuItem>
          ))}
        </TextField>
        <DeadlineInput label={translate('ciclo.dialog.deadline')} value={deadline} onChange={setDeadline} disabled={isPending} invalid={showErrors && !isoDeadline} timeZone={timeZone} />
        <CommentField value={comment} onChange={setComment} disabled={isPending} />
      </Stack>
    </StageDialog>
  );
};
