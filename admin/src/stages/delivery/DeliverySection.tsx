import { Box, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';

/** A titled part of the Entrega tab; `children` gets the title's id, to label a table with it. */
export const DeliverySection = ({ title, children }: { title: string; children: (titleId: string) => ReactNode }) => {
  const titleId = useId();
  return (
    <Box component="section" aria-labelledby={titleId} sx={{ mb: 3 }}>
      <Typography id={titleId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {children(titleId)}
    </Box>
  );
};
