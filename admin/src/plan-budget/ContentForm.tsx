import type { ReactNode } from 'react';
import { SimpleForm } from 'react-admin';

/** The content forms' layout: one column, readable width; Save and (on edit) Delete. */
export const ContentForm = ({ children, defaultValues }: { children: ReactNode; defaultValues?: Record<string, unknown> }) => (
  <SimpleForm defaultValues={defaultValues} sx={{ maxWidth: 760 }}>
    {children}
  </SimpleForm>
);
