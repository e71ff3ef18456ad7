import { Box, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { Stage } from '../types';

export const InstitutionField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Stage>();
  if (!record) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column' }}>
      <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
        {record.institutionCode}
      </Typography>
      <Typography component="span" variant="caption" color="text.secondary">
        {record.institutionName}
      </Typography>
    </Box>
  );
};
