import { Box, Card, CardActions, CardContent, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useId } from 'react';
import { Link, RecordContextProvider, useCreatePath, useGetList, useTranslate } from 'react-admin';
import { DeadlineField } from '../stages/DeadlineField';
import { StageStatusChip } from '../stages/StageStatusChip';
import { SubmitStageButton } from '../stages/SubmitStageButton';
import type { Stage } from '../types';
import { ApprovalInbox } from './ApprovalInbox';
import { Countdown } from './Countdown';
import { HomeHeader } from './HomeHeader';
import { ErrorNote, LoadingNote } from './LoadingNote';
import { StageReadiness } from './StageReadiness';
import { ColumnHeads } from '../tables/ColumnHeads';

/**
 * The planning directorate's home: its institution's open stages, nearest deadline first, each
 * with a countdown and what is still missing before it can be submitted. A director also decides
 * the first level of most chains: their approvals come first, when there are any.
 */
const PlannerHome = ({ withInbox = false }: { withInbox?: boolean }) => {
  const translate = useTranslate();
  const titleId = useId();
  const approvedId = useId();
  // The API shows planners and directors their own institution's stages only.
  const { data, isPending, error } = useGetList<Stage>('stages', {
    sort: { field: 'deadline', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  const open = (data ?? []).filter((stage) => stage.status !== 'approved');
  const approved = (data ?? []).filter((stage) => stage.status === 'approved');

  return (
    <Box>
      <HomeHeader title="ciclo.home.planner.title" intro="ciclo.home.planner.intro" />
      {withInbox && <ApprovalInbox hideWhenEmpty />}
      <Box component="section" aria-labelledby={titleId} sx={{ mb: 4 }}>
        <Typography id={titleId} variant="h5" component="h2" gutterBottom>
          {translate('ciclo.home.planner.open_title')}
        </Typography>
        {isPending ? (
          <LoadingNote />
        ) : error ? (
          <ErrorNote message={error.message} />
        ) : open.length === 0 ? (
          <Typography variant="body1">{translate('ciclo.home.planner.empty')}</Typography>
        ) : (
          <Stack component="ul" spacing={2} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {open.map((stage) => (
              <Box component="li" key={stage.id}>
                <RecordContextProvider value={stage}>
                  <OpenStageCard stage={stage} />
                </RecordContextProvider>
              </Box>
            ))}
          </Stack>
        )}
      </Box>
      {approved.length > 0 && (
        <Box component="section" aria-labelledby={approvedId}>
          <Typography id={approvedId} variant="h5" component="h2" gutterBottom>
            {translate('ciclo.home.planner.approved_title')}
          </Typography>
          <Table size="small" aria-labelledby={approvedId}>
            <ColumnHeads columns={['resources.stages.fields.name', 'resources.stages.fields.fiscalYear', 'resources.stages.fields.deadline']} />
            <TableBody>
              {approved.map((stage) => (
                <TableRow key={stage.id}>
                  <TableCell>{stage.name}</TableCell>
                  <TableCell>{stage.fiscalYear}</TableCell>
                  <TableCell>
                    <RecordContextProvider value={stage}>
                      <DeadlineField />
                    </RecordContextProvider>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
};

const OpenStageCard = ({ stage }: { stage: Stage }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const headingId = useId();
  const deliveryPath = `${createPath({ resource: 'stages', id: stage.id, type: 'show' })}/entrega`;
  return (
    <Card variant="outlined" component="article" aria-labelledby={headingId}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
          <Typography id={headingId} variant="h6" component="h3">
            {stage.name}
          </Typography>
          <StageStatusChip status={stage.status} />
        </Box>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {[stage.institutionCode, translate('ciclo.home.fiscal_year', { year: stage.fiscalYear }), translate('ciclo.home.inbox.version', { version: stage.version })].join(' · ')}
        </Typography>
        <Box sx={{ my: 2 }}>
          <Countdown deadline={stage.deadline} timeZone={stage.timeZone} approved={false} />
        </Box>
        <Typography variant="subtitle1" component="h4" sx={{ fontWeight: 600 }}>
          {translate('ciclo.home.planner.missing_title')}
        </Typography>
        <StageReadiness stage={stage} />
      </CardContent>
      <CardActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <SubmitStageButton />
        <Link to={deliveryPath} sx={{ ml: 'auto' }}>
          {translate('ciclo.home.planner.open_delivery')}
        </Link>
      </CardActions>
    </Card>
  );
};

export default PlannerHome;
