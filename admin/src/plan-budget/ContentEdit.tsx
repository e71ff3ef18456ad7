import type { ReactNode } from 'react';
import { Edit, type RedirectionSideEffect } from 'react-admin';

interface ContentEditProps {
  children: ReactNode;
  redirect?: RedirectionSideEffect;
}

/**
 * PUT /api/<resource>/:id with the whole record, pessimistic (saving and deleting wait for the
 * API), so that its field errors come back to the form.
 */
export const ContentEdit = ({ children, redirect = 'list' }: ContentEditProps) => (
  <Edit mutationMode="pessimistic" redirect={redirect}>
    {children}
  </Edit>
);
