import { Box, Card, CardActions, CardContent, Checkbox, Stack, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { Link, RecordContextProvider, useCreatePath, useGetList, useTranslate, type Identifier } from 'react-admin';
import { ApproveStageButton } from '../stages/ApproveStageButton';
import { ReturnStageButton } from '../stages/ReturnStageButton';
import { ReviewLevel } from '../stages/ReviewLevel';
import type { Stage } from '../types';
import { BulkDecisionBar, BulkOutcomeAlert, type BulkOutcome } from './BulkDecisions';
import { Countdown } from './Countdown';
import { ErrorNote, LoadingNote } from './LoadingNote';

/**
 * The stages whose awaited decision is the signed-in person's (GET /api/stages with
 * filter {"awaitingMe": true}), each with "Aprobar" and "Devolver" right there: one dialog, one
 * comment, confirmed against the API before anything changes (pessimistic, never undoable).
 * After each decision react-admin refreshes the list and the stage leaves the inbox. Several
 * stages can be selected and decided at once (BulkDecisionBar).
 */
export const ApprovalInbox = ({ hideWhenEmpty = false }: { hideWhenEmpty?: boolean }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const titleId = useId();
  const [selected, setSelected] = useState<Set<Identifier>>(new Set());
  const [bulkOutcome, setBulkOutcome] = useState<BulkOutcome | undefined>();
  const { data, total, isPending, error } = useGetList<Stage>('stages', {
    filter: { awaitingMe: true },
    sort: { field: 'deadline', order: 'ASC' },
    pagination: { page: 1, perPage: 50 },
  });

  if (hideWhenEmpty && !isPending && !error && (data?.length ?? 0) === 0 && !bulkOutcome?.failures.length) return null;
  const toggle = (id: Identifier) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    setSelected(next);
  };

  return (
    <Box component="section" aria-labelledby={titleId} sx={{ mb: 4 }}>
      <Typography id={titleId} variant="h5" component="h2" gutterBottom>
        {translate('ciclo.home.inbox.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: '70ch' }}>
        {translate('ciclo.home.inbox.intro')}
      </Typography>
      {bulkOutcome && bulkOutcome.failures.length > 0 && <BulkOutcomeAlert outcome={bulkOutcome} onClose={() => setBulkOutcome(undefined)} />}
      {isPending ? (
        <LoadingNote />
      ) : error ? (
        <ErrorNote message={error.message} />
      ) : !data?.length ? (
        <Typography variant="body1" role="status">
          {translate('ciclo.home.inbox.empty')}
        </Typography>
      ) : (
        <>
          <Typography variant="body1" role="status" sx={{ mb: 1 }}>
            {translate('ciclo.home.inbox.count', { smart_count: total ?? data.length })}
          </Typography>
          <BulkDecisionBar
            candidates={data}
            chosen={data.filter((stage) => selected.has(stage.id))}
            onChoose={(chosen) => setSelected(new Set(chosen.map((stage) => stage.id)))}
            onDecided={setBulkOutcome}
          />
          <Stack component="ul" spacing={2} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {data.map((stage) => (
              <Box component="li" key={stage.id}>
                <RecordContextProvider value={stage}>
                  <InboxItem stage={stage} stagePath={createPath({ resource: 'stages', id: stage.id, type: 'show' })} selected={selected.has(stage.id)} onToggle={() => toggle(stage.id)} />
                </RecordContextProvider>
              </Box>
            ))}
          </Stack>
        </>
      )}
    </Box>
  );
};

const InboxItem = ({ stage, stagePath, selected, onToggle }: { stage: Stage; stagePath: string; selected: boolean; onToggle: () => void }) => {
  const translate = useTranslate();
  const headingId = useId();
  return (
    <Card variant="outlined" component="article" aria-labelledby={headingId}>
      <CardContent>
        <Typography id={headingId} variant="h6" component="h3">
          {stage.institutionCode} · {stage.name}
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {[stage.institutionName, translate('ciclo.home.fiscal_year', { year: stage.fiscalYear }), translate('ciclo.home.inbox.version', { version: stage.version })].join(' · ')}
        </Typography>
        <Box sx={{ mb: 1 }}>
          <ReviewLevel stage={stage} />
        </Box>
        <Countdown deadline={stage.deadline} timeZone={stage.timeZone} approved={false} />
        {stage.lastComment && (
          <Typography variant="body2" sx={{ mt: 1, whiteSpace: 'pre-wrap' }}>
            {translate('ciclo.home.inbox.comment', { comment: stage.lastComment })}
          </Typography>
        )}
      </CardContent>
      <CardActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Checkbox checked={selected} onChange={onToggle} slotProps={{ input: { 'aria-label': translate('ciclo.home.bulk.select_one', { stage: `${stage.institutionCode} · ${stage.name}` }) } }} />
        <ApproveStageButton />
        <ReturnStageButton />
        <Link to={stagePath} sx={{ ml: 'auto' }}>
          {translate('ciclo.action.view_stage')}
        </Link>
      </CardActions>
    </Card>
  );
};
