import { Stack } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { ReturnParams } from '../dataProvider';
import type { ReturnReasonCode, Stage } from '../types';
import { dialogArgs } from './dialogText';
import { ReturnReasonField } from './ReturnReasonField';
import { StageDialog } from './StageDialog';
import { useResetOnOpen } from './useResetOnOpen';
import { CommentField } from './CommentField';

interface ReturnDialogProps {
  stage: Stage;
  open: boolean;
  isPending: boolean;
  onClose: () => void;
  onConfirm: (params: ReturnParams) => void;
}

/** Return for correction: reason code and comment are both required. */
export const ReturnDialog = ({ stage, open, isPending, onClose, onConfirm }: ReturnDialogProps) => {
  const translate = useTranslate();
  const [reasonCode, setReasonCode] = useState<ReturnReasonCode | ''>('');
  const [comment, setComment] = useState('');
  const [showErrors, setShowErrors] = useState(false);

  const reasonMissing = reasonCode === '';
  const commentMissing = comment.trim() === '';
  const required = translate('ra.validation.required');

  // Start from an empty form each time the dialog opens.
  useResetOnOpen(open, () => {
    setReasonCode('');
    setComment('');
    setShowErrors(false);
  });

  const confirm = () => {
    if (reasonCode === '' || commentMissing) {
      setShowErrors(true);
      return;
    }
    onConfirm({ reasonCode, comment });
  };

  return (
    <StageDialog
      open={open}
      title={translate('ciclo.dialog.return_title')}
      content={translate('ciclo.dialog.return_content', dialogArgs(stage))}
      isPending={isPending}
      onClose={onClose}
      onConfirm={confirm}
    >
      <Stack spacing={2}>
        <ReturnReasonField label={translate('ciclo.dialog.reason')} value={reasonCode} onChange={setReasonCode} disabled={isPending} error={showErrors && reasonMissing ? required : undefined} />
        <CommentField value={comment} onChange={setComment} disabled={isPending} required={{ showError: showErrors }} />
      </Stack>
    </StageDialog>
  );
};
