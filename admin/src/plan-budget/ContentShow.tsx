import type { ReactNode } from 'react';
import { Show, SimpleShowLayout, TextField, type RaRecord } from 'react-admin';
import { InstitutionField } from './InstitutionField';

/** A plan and budget record's page: its institution, code and name, then the fields it has of its own. */
export const ContentShow = <RecordType extends RaRecord>({ resource, children }: { resource: string; children: ReactNode }) => (
  <Show<RecordType>>
    <SimpleShowLayout>
      <InstitutionField label={`resources.${resource}.fields.institutionId`} />
      <TextField source="code" />
      <TextField source="name" />
      {children}
    </SimpleShowLayout>
  </Show>
);
