import { DataTable, List, TextField } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import type { AuditEvent } from '../types';
import { AuditActionField } from './AuditActionField';
import { StageLinkField } from './StageLinkField';

const Column = DataTable.Col<AuditEvent>;

export const AuditEventList = () => (
  <List<AuditEvent> sort={{ field: 'at', order: 'DESC' }} perPage={25}>
    <DataTable<AuditEvent> rowClick={false} bulkActionButtons={false}>
      <Column source="at">
        <DateTimeField source="at" />
      </Column>
      <Column source="institutionCode" />
      <Column source="action">
        <AuditActionField />
      </Column>
      <Column source="actorName" />
      <DataTable.NumberCol<AuditEvent> source="version" />
      <Column source="comment">
        <TextField source="comment" sx={{ whiteSpace: 'pre-wrap' }} />
      </Column>
      <Column source="stageId" disableSort>
        <StageLinkField />
      </Column>
    </DataTable>
  </List>
);
