import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { Stage } from '../types';
import { dialogArgs } from './dialogText';
import { StageDialog } from './StageDialog';
import { useResetOnOpen } from './useResetOnOpen';
import { CommentField } from './CommentField';

interface RecallDialogProps {
  stage: Stage;
  open: boolean;
  isPending: boolean;
  onClose: () => void;
  onConfirm: (comment: string) => void;
}

/** Withdrawing a submission: the comment is required, the reviewer reads it in their notice. */
export const RecallDialog = ({ stage, open, isPending, onClose, onConfirm }: RecallDialogProps) => {
  const translate = useTranslate();
  const [comment, setComment] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const commentMissing = comment.trim() === '';

  // Start from an empty comment each time the dialog opens.
  useResetOnOpen(open, () => {
    setComment('');
    setShowErrors(false);
  });

  const confirm = () => {
    if (commentMissing) {
      setShowErrors(true);
      return;
    }
    onConfirm(comment);
  };

  return (
    <StageDialog
      open={open}
      title={translate('ciclo.dialog.recall_title')}
      content={translate('ciclo.dialog.recall_content', dialogArgs(stage))}
      isPending={isPending}
      onClose={onClose}
      onConfirm={confirm}
    >
      <CommentField value={comment} onChange={setComment} disabled={isPending} required={{ showError: showErrors }} autoFocus />
    </StageDialog>
  );
};
