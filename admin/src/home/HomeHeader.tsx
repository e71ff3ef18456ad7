import { Box, Typography } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';
import { getUser } from '../session';

/** The page's one h1, and who is signed in (name, role, institution). */
export const HomeHeader = ({ title, intro }: { title: string; intro?: string }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const user = getUser();
  const role = user?.role ? translate(`ciclo.role.${user.role}`, { _: user.role }) : '';
  const who = [identity?.fullName ?? user?.name, role, user?.institutionCode].filter(Boolean).join(' · ');
  return (
    <Box sx={{ mb: 3 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {translate(title)}
      </Typography>
      {who && (
        <Typography variant="body1" color="text.secondary">
          {who}
        </Typography>
      )}
      {intro && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1, maxWidth: '70ch' }}>
          {translate(intro)}
        </Typography>
      )}
    </Box>
  );
};
