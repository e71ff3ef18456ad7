import { DataTable, ReferenceManyField, TextField } from 'react-admin';
import { AuditActionField } from '../audit-events/AuditActionField';
import { EmptyNote } from '../plan-budget/EmptyNote';
import type { AuditEvent } from '../types';
import { DateTimeField } from '../fields/DateTimeField';

/** The stage's audit events, newest first. */
export const StageHistory = (_props: { label?: string }) => (
  <ReferenceManyField<AuditEvent> reference="audit-events" target="stageId" sort={{ field: 'at', order: 'DESC' }} perPage={50}>
    <DataTable<AuditEvent> bulkActionButtons={false} rowClick={false} empty={<EmptyNote message="ciclo.stage.no_events" />}>
      <DataTable.Col<AuditEvent> source="at">
        <DateTimeField source="at" />
      </DataTable.Col>
      <DataTable.Col<AuditEvent> source="action">
        <AuditActionField />
      </DataTable.Col>
      <DataTable.Col<AuditEvent> source="actorName" />
      <DataTable.NumberCol<AuditEvent> source="version" />
      <DataTable.Col<AuditEvent> source="comment">
        <TextField source="comment" sx={{ whiteSpace: 'pre-wrap' }} />
      </DataTable.Col>
    </DataTable>
  </ReferenceManyField>
);
