import { Box, CircularProgress } from '@mui/material';
import { RefreshIconButton, useLoading, useTranslate } from 'react-admin';

/**
 * react-admin's loading indicator (a spinner while anything loads, the refresh button otherwise),
 * with the spinner named for screen readers: the stock one has no accessible name.
 */
export const LoadingIndicator = () => {
  const loading = useLoading();
  const translate = useTranslate();
  return loading ? (
    <Box sx={{ width: 40, display: 'flex', justifyContent: 'center' }}>
      <CircularProgress color="inherit" size={18} thickness={2} aria-label={translate('ra.page.loading')} />
    </Box>
  ) : (
    <RefreshIconButton />
  );
};
