import { Divider, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useSidebarState, useTranslate } from 'react-admin';

/** A titled group of menu items; with the sidebar closed, just a divider. */
export const MenuSection = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  return (
    <>
      <Divider component="li" role="separator" sx={{ my: 1 }} />
      {open && (
        <Typography component="li" role="presentation" variant="overline" color="text.secondary" sx={{ px: 2, lineHeight: 2 }}>
          {translate(label)}
        </Typography>
      )}
      {children}
    </>
  );
};
