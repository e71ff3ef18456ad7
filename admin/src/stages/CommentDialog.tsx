import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { GateProblem } from '../plan-budget/types';
import type { Stage } from '../types';
import { GateProblemsList } from './delivery/GateProblemsList';
import { dialogArgs } from './dialogText';
import { StageDialog } from './StageDialog';
import { useResetOnOpen } from './useResetOnOpen';
import { CommentField } from './CommentField';

interface CommentDialogProps {
  stage: Stage;
  open: boolean;
  kind: 'submit' | 'approve';
  isPending: boolean;
  /** What the API refused the step for (422: the deliverable's gates, a rule of the template), shown above the comment. */
  problems?: GateProblem[];
  onClose: () => void;
  onConfirm: (comment: string) => void;
}

/** Confirmation with an optional comment (used to submit and to approve). */
export const CommentDialog = ({ stage, open, kind, isPending, problems = [], onClose, onConfirm }: CommentDialogProps) => {
  const translate = useTranslate();
  const [comment, setComment] = useState('');

  // Start from an empty comment each time the dialog opens.
  useResetOnOpen(open, () => setComment(''));

  return (
    <StageDialog
      open={open}
      title={translate(`ciclo.dialog.${kind}_title`)}
      content={translate(`ciclo.dialog.${kind}_content`, dialogArgs(stage))}
      isPending={isPending}
      onClose={onClose}
      onConfirm={() => onConfirm(comment)}
    >
      {problems.length > 0 && <GateProblemsList problems={problems} title={`ciclo.delivery.${kind}_refused`} />}
      <CommentField value={comment} onChange={setComment} disabled={isPending} autoFocus />
    </StageDialog>
  );
};
