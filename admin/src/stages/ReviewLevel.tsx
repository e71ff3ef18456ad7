import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Stage } from '../types';

/** "Nivel 2 de 3": which level of the approval chain is deciding, while under review. */
export const ReviewLevel = ({ stage }: { stage: Stage }) => {
  const translate = useTranslate();
  const total = Array.isArray(stage.approvalChain) ? stage.approvalChain.length : 0;
  const underReview = stage.status === 'submitted' || stage.status === 'in_review';
  if (!underReview || total === 0 || typeof stage.reviewLevel !== 'number') return null;
  return (
    <Typography component="span" variant="caption" color="text.secondary">
      {translate('ciclo.stage.review_level', {
        level: Math.min(stage.reviewLevel + 1, total),
        total,
      })}
    </Typography>
  );
};
