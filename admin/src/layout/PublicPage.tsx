import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A page a mailed link opens without a session (noLayout): one card on a grey page, under the name Ciclo. */
export const PublicPage = ({ maxWidth, children }: { maxWidth: number; children: ReactNode }) => (
  <Box component="main" sx={{ minHeight: '100vh', display: 'flex', justifyContent: 'center', alignItems: 'flex-start', bgcolor: 'grey.100', p: 2 }}>
    <Card sx={{ width: '100%', maxWidth, mt: { xs: 2, sm: 8 } }}>
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="overline" color="text.secondary">
            Ciclo
          </Typography>
          {children}
        </Stack>
      </CardContent>
    </Card>
  </Box>
);
