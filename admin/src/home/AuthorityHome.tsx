import { Box, Table, TableBody, TableCell, TableContainer, TableRow, Typography } from '@mui/material';
import { useId } from 'react';
import { Link, RecordContextProvider, useCreatePath, useGetList, useTranslate } from 'react-admin';
import { DeadlineField } from '../stages/DeadlineField';
import { StageStatusChip } from '../stages/StageStatusChip';
import type { Stage } from '../types';
import { ApprovalInbox } from './ApprovalInbox';
import { HomeHeader } from './HomeHeader';
import { ErrorNote, LoadingNote } from './LoadingNote';
import { ColumnHeads } from '../tables/ColumnHeads';

/** The authority's home: the approval inbox first, then where each of the institution's stages stands. */
const AuthorityHome = () => (
  <Box>
    <HomeHeader title="ciclo.home.authority.title" />
    <ApprovalInbox />
    <InstitutionStages />
  </Box>
);

const InstitutionStages = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const titleId = useId();
  const { data, isPending, error } = useGetList<Stage>('stages', {
    sort: { field: 'deadline', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  return (
    <Box component="section" aria-labelledby={titleId}>
      <Typography id={titleId} variant="h5" component="h2" gutterBottom>
        {translate('ciclo.home.authority.stages_title')}
      </Typography>
      {isPending ? (
        <LoadingNote />
      ) : error ? (
        <ErrorNote message={error.message} />
      ) : !data?.length ? (
        <Typography variant="body1">{translate('ciclo.home.planner.empty')}</Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-labelledby={titleId}>
            <ColumnHeads columns={['resources.stages.fields.name', 'resources.stages.fields.fiscalYear', 'resources.stages.fields.status', 'resources.stages.fields.deadline']} />
            <TableBody>
              {data.map((stage) => (
                <TableRow key={stage.id}>
                  <TableCell>
                    <Link to={createPath({ resource: 'stages', id: stage.id, type: 'show' })}>{stage.name}</Link>
                  </TableCell>
                  <TableCell>{stage.fiscalYear}</TableCell>
                  <TableCell>
                    <StageStatusChip status={stage.status} />
                  </TableCell>
                  <TableCell>
                    <RecordContextProvider value={stage}>
                      <DeadlineField />
                    </RecordContextProvider>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
};

export default AuthorityHome;
