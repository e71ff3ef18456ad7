import { Box, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { Catalogue } from './types';
import { useClassifiers } from './useClassifiers';

interface ClassifierFieldProps {
  source: string;
  catalogue: Catalogue;
  label?: string;
}

/** A classifier code with its name from the catalogue underneath. */
export const ClassifierField = ({ source, catalogue }: ClassifierFieldProps) => {
  const record = useRecordContext();
  const { entries } = useClassifiers(catalogue);
  const code: unknown = record?.[source];
  if (code === null || code === undefined || code === '') return null;
  const name = entries.find((entry) => entry.code === String(code))?.name;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column' }}>
      <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace' }}>
        {String(code)}
      </Typography>
      {name && (
        <Typography component="span" variant="caption" color="text.secondary">
          {name}
        </Typography>
      )}
    </Box>
  );
};
