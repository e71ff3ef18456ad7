import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import type { Stage } from '../../types';
import { GateProblemsList } from './GateProblemsList';
import { LinkageSummary } from './LinkageSummary';
import { UnitCostsTable } from './UnitCostsTable';
import { useStageChecks } from './useStageDelivery';

/** The gates run now: what is still missing before the stage can be submitted. */
export const StageChecks = ({ stage }: { stage: Stage }) => {
  const translate = useTranslate();
  const titleId = useId();
  const { data: checks, isPending, error } = useStageChecks(stage.id);

  return (
    <Box component="section" aria-labelledby={titleId} sx={{ mb: 4 }}>
      <Typography id={titleId} variant="h6" component="h2" gutterBottom>
        {translate('ciclo.delivery.checks')}
      </Typography>
      {isPending ? (
        <CircularProgress size={24} aria-label={translate('ciclo.delivery.loading')} />
      ) : error ? (
        <Alert severity="error">{translate('ciclo.delivery.error', { message: error.message })}</Alert>
      ) : !checks.kind ? (
        <Typography variant="body2" color="text.secondary">
          {translate('ciclo.delivery.no_deliverable')}
        </Typography>
      ) : (
        <>
          <Typography variant="body1" gutterBottom>
            {translate('ciclo.delivery.deliverable', {
              kind: translate(`ciclo.deliverable.${checks.kind}`, { _: checks.kind }),
              version: checks.version,
            })}
          </Typography>
          {checks.problems.length > 0 ? (
            <GateProblemsList problems={checks.problems} title="ciclo.delivery.problems" />
          ) : (
            <Alert severity="success" sx={{ mb: 2 }}>
              {translate('ciclo.delivery.ready')}
            </Alert>
          )}
          <LinkageSummary linkage={checks.linkage} />
          <UnitCostsTable unitCosts={checks.unitCosts} />
        </>
      )}
    </Box>
  );
};
