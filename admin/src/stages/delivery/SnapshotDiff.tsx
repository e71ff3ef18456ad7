import { Alert, Box, CircularProgress, Stack, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { useTranslate } from 'react-admin';
import { CONTENT_COLLECTIONS, type StageSnapshot } from '../../plan-budget/types';
import type { Stage } from '../../types';
import { DiffCollection } from './DiffCollection';
import { useStageDiff } from './useStageDelivery';
import { VersionSelect } from './VersionSelect';

/** What changed between two versions, or between a version and the content as it is now. */
export const SnapshotDiff = ({ stage, snapshots }: { stage: Stage; snapshots: StageSnapshot[] }) => {
  const translate = useTranslate();
  const titleId = useId();
  const versions = snapshots.map((snapshot) => snapshot.version);
  const newest = versions[0] ?? null;
  const [chosenFrom, setFrom] = useState<number | null>(newest);
  const [to, setTo] = useState<number | 'actual'>('actual');
  // The version chosen, while it is one of the versions; otherwise (before the versions arrive)
  // the newest.
  const from = chosenFrom !== null && versions.includes(chosenFrom) ? chosenFrom : newest;

  const { data: diff, isFetching, error } = useStageDiff(stage.id, from, to);

  if (versions.length === 0) return null;

  const collections = diff ? CONTENT_COLLECTIONS.filter((name) => diff.collections[name]) : [];

  return (
    <Box component="section" aria-labelledby={titleId}>
      <Typography id={titleId} variant="h6" component="h2" gutterBottom>
        {translate('ciclo.delivery.compare')}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <VersionSelect label="ciclo.delivery.from" value={from} versions={versions} onChange={(value) => setFrom(value as number)} />
        <VersionSelect label="ciclo.delivery.to" value={to} versions={versions} withActual onChange={setTo} />
        {isFetching && <CircularProgress size={20} aria-label={translate('ciclo.delivery.loading')} />}
      </Stack>
      {from === to ? (
        <Typography variant="body2" color="text.secondary">
          {translate('ciclo.delivery.same_version')}
        </Typography>
      ) : error ? (
        <Alert severity="error">{translate('ciclo.delivery.error', { message: error.message })}</Alert>
      ) : diff ? (
        <>
          <Typography variant="body1" gutterBottom aria-live="polite">
            {translate('ciclo.delivery.summary', diff.summary)}
          </Typography>
          {collections.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate('ciclo.delivery.no_changes')}
            </Typography>
          ) : (
            collections.map((name) => <DiffCollection key={name} name={name} diff={diff.collections[name]!} />)
          )}
        </>
      ) : null}
    </Box>
  );
};
