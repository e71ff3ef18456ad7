import { Stack } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ExtendParams } from '../dataProvider';
import { formatDateTime, isoToLocal, localToIso } from '../dates';
import type { Stage } from '../types';
import { CommentField } from './CommentField';
import { DeadlineInput } from './DeadlineInput';
import { StageDialog } from './StageDialog';
import { useResetOnOpen } from './useResetOnOpen';

interface ExtendDialogProps {
  stage: Stage;
  open: boolean;
  isPending: boolean;
  onClose: () => void;
  onConfirm: (params: ExtendParams) => void;
}

/** "Prorrogar": a new deadline (typed in the stage's time zone) and a required reason. */
export const ExtendDialog = ({ stage, open, isPending, onClose, onConfirm }: ExtendDialogProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [deadline, setDeadline] = useState('');
  const [comment, setComment] = useState('');
  const [showErrors, setShowErrors] = useState(false);

  const newDeadline = localToIso(deadline, stage.timeZone);
  const commentMissing = comment.trim() === '';

  // Start from the current deadline and an empty reason each time the dialog opens (and again if
  // the stage's deadline changes while it is open).
  useResetOnOpen(
    open,
    () => {
      setDeadline(isoToLocal(stage.deadline, stage.timeZone));
      setComment('');
      setShowErrors(false);
    },
    `${stage.deadline} ${stage.timeZone}`,
  );

  const confirm = () => {
    if (!newDeadline || commentMissing) {
      setShowErrors(true);
      return;
    }
    onConfirm({ newDeadline, comment });
  };

  return (
    <StageDialog
      open={open}
      title={translate('ciclo.dialog.extend_title')}
      content={translate('ciclo.dialog.extend_content', {
        stage: stage.name,
        institution: stage.institutionCode,
        deadline: formatDateTime(stage.deadline, locale, stage.timeZone),
      })}
      isPending={isPending}
      onClose={onClose}
      onConfirm={confirm}
    >
      <Stack spacing={2}>
        <DeadlineInput label={translate('ciclo.dialog.new_deadline')} value={deadline} onChange={setDeadline} disabled={isPending} invalid={showErrors && !newDeadline} timeZone={stage.timeZone} />
        <CommentField value={comment} onChange={setComment} disabled={isPending} required={{ showError: showErrors }} label={translate('ciclo.dialog.extend_reason')} />
      </Stack>
    </StageDialog>
  );
};
