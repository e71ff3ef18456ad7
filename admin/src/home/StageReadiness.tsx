import { Alert, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { GateProblemsList } from '../stages/delivery/GateProblemsList';
import { useStageChecks } from '../stages/delivery/useStageDelivery';
import type { Stage } from '../types';
import { ErrorNote, LoadingNote } from './LoadingNote';

/** Who holds a stage under review: the person it was delegated to, else the role of the level. */
const holderOf = (stage: Stage, translate: (key: string, options?: object) => string) => {
  const step = Array.isArray(stage.approvalChain) && typeof stage.reviewLevel === 'number' ? stage.approvalChain[stage.reviewLevel] : undefined;
  if (step?.assignee) return step.assignee.name;
  return translate(`ciclo.role.${step?.role ?? 'authority'}`, { _: step?.role ?? '' });
};

/**
 * What stands between a stage and its submission: in draft, the deliverable's gate problems
 * (GET /api/stages/:id/checks) or "ready"; once submitted, whose decision it awaits.
 */
export const StageReadiness = ({ stage }: { stage: Stage }) => {
  const translate = useTranslate();
  if (stage.status === 'approved') return null;
  if (stage.status !== 'draft') {
    return <Typography variant="body2">{translate('ciclo.home.planner.awaiting', { who: holderOf(stage, translate) })}</Typography>;
  }
  return <DraftChecks stage={stage} />;
};

const DraftChecks = ({ stage }: { stage: Stage }) => {
  const translate = useTranslate();
  const { data: checks, isPending, error } = useStageChecks(stage.id);
  if (isPending) return <LoadingNote />;
  if (error) return <ErrorNote message={error.message} />;
  if (!checks.kind) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('ciclo.delivery.no_deliverable')}
      </Typography>
    );
  }
  return checks.problems.length > 0 ? <GateProblemsList problems={checks.problems} title="ciclo.delivery.problems" /> : <Alert severity="success">{translate('ciclo.delivery.ready')}</Alert>;
};
