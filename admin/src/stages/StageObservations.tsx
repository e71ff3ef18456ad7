import { Box, Paper, Stack, Typography } from '@mui/material';
import { useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { AuditActionField } from '../audit-events/AuditActionField';
import { EmptyNote } from '../plan-budget/EmptyNote';
import { formatDateTime } from '../dates';
import type { AuditEvent, Stage } from '../types';

/**
 * The thread of observations: every comment made on the stage (on submitting, returning,
 * approving, extending...), oldest first, as the conversation between planners and authorities.
 */
export const StageObservations = (_props: { label?: string | false }) => {
  const stage = useRecordContext<Stage>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending } = useGetList<AuditEvent>(
    'audit-events',
    { filter: { stageId: stage?.id }, sort: { field: 'at', order: 'ASC' }, pagination: { page: 1, perPage: 200 } },
    { enabled: Boolean(stage?.id) },
  );
  if (!stage || isPending) return null;
  const observations = (data ?? []).filter((event) => event.comment?.trim());
  if (observations.length === 0) return <EmptyNote message="ciclo.stage.no_observations" />;
  return (
    <Stack component="ol" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0, maxWidth: 820 }} aria-label={translate('ciclo.stage.observations')}>
      {observations.map((event) => (
        <Box component="li" key={event.id}>
          <Paper variant="outlined" sx={{ p: 1.5 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }}>
              <Typography variant="subtitle2" component="span">
                {event.actorName ?? translate('ciclo.stage.system_actor')}
              </Typography>
              <AuditActionField record={event} />
              <Typography variant="caption" color="text.secondary" component="span">
                {translate('ciclo.stage.version_at', { version: event.version, at: formatDateTime(event.at, locale, stage.timeZone) })}
              </Typography>
            </Stack>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
              {event.comment}
            </Typography>
          </Paper>
        </Box>
      ))}
    </Stack>
  );
};
