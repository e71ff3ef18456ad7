import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A small "Cargando…" announced politely to screen readers. */
export const LoadingNote = () => {
  const translate = useTranslate();
  return (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 1 }}>
      <CircularProgress size={16} />
      <Typography variant="body2">{translate('ciclo.home.loading')}</Typography>
    </Box>
  );
};

export const ErrorNote = ({ message }: { message?: string }) => {
  const translate = useTranslate();
  return <Alert severity="error">{translate('ciclo.home.error', { message: message ?? '' })}</Alert>;
};
