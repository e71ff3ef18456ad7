import type { ReactNode } from 'react';
import { Create, type RedirectionSideEffect } from 'react-admin';

interface ContentCreateProps {
  children: ReactNode;
  redirect?: RedirectionSideEffect;
}

/** POST /api/<resource>: the API's field errors come back under the inputs (dataProvider). */
export const ContentCreate = ({ children, redirect = 'list' }: ContentCreateProps) => <Create redirect={redirect}>{children}</Create>;
