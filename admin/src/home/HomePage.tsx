import StageIcon from '@mui/icons-material/EventNote';
import { Box, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { Button, LinkBase, Title, useCreatePath, usePermissions, useTranslate } from 'react-admin';
import type { Role } from '../types';
import { HomeHeader } from './HomeHeader';
import { LoadingNote } from './LoadingNote';

// Each role's page is its own chunk, loaded when that role signs in: the charts never weigh on
// a planner's console, nor on the console's first load.
const PlannerHome = lazy(() => import('./PlannerHome'));
const AuthorityHome = lazy(() => import('./AuthorityHome'));
const CoordinatorHome = lazy(() => import('./CoordinatorHome'));

/** The console's dashboard: what needs the signed-in person, by role. */
export const HomePage = () => {
  const { permissions: role, isPending } = usePermissions<Role>();
  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title="ciclo.home.title" />
      {isPending ? <LoadingNote /> : <Suspense fallback={<LoadingNote />}>{pageOf(role)}</Suspense>}
    </Box>
  );
};

const pageOf = (role: Role | undefined) => {
  switch (role) {
    case 'planner':
      return <PlannerHome />;
    case 'director':
      return <PlannerHome withInbox />;
    case 'authority':
      return <AuthorityHome />;
    case 'coordinator':
    case 'admin':
      return <CoordinatorHome />;
    default:
      return <GenericHome />;
  }
};

/** A session without a known role: say where the stages are. */
const GenericHome = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <Box>
      <HomeHeader title="ciclo.home.title" />
      <Typography variant="body1" gutterBottom>
        {translate('ciclo.home.intro')}
      </Typography>
      <Button label="ciclo.action.go_to_stages" component={LinkBase} to={createPath({ resource: 'stages', type: 'list' })} variant="contained">
        <StageIcon />
      </Button>
    </Box>
  );
};
