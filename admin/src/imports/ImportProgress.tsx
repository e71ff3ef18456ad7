import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportPhase } from './useFileImport';

/** The upload's progress (determinate while the file goes up), then an indeterminate bar while the API works. */
export const ImportProgress = ({ phase, progress }: { phase: ImportPhase; progress: number | null }) => {
  const translate = useTranslate();
  if (phase !== 'uploading' && phase !== 'processing') return null;
  const uploading = phase === 'uploading' && progress !== null;
  const percent = Math.round((progress ?? 0) * 100);
  const label = phase === 'uploading' ? translate('ciclo.import.uploading', { percent }) : translate('ciclo.import.processing');
  return (
    <Box sx={{ my: 2, maxWidth: 560 }}>
      <Typography variant="body2" role="status" aria-live="polite" gutterBottom>
        {label}
      </Typography>
      <LinearProgress variant={uploading ? 'determinate' : 'indeterminate'} value={uploading ? percent : undefined} aria-label={label} />
    </Box>
  );
};
