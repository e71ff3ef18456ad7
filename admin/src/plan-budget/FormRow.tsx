import { Stack } from '@mui/material';
import type { ReactNode } from 'react';

/** Inputs side by side on wide screens, stacked on narrow ones. */
export const FormRow = ({ children }: { children: ReactNode }) => (
  <Stack direction={{ xs: 'column', md: 'row' }} sx={{ columnGap: 2, width: '100%' }}>
    {children}
  </Stack>
);
