import { DataTable, ExportButton, List, TopToolbar } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import type { CalendarTemplate } from '../types';
import { LocalizedNameField } from './LocalizedNameField';
import { StageCountField } from './StageCountField';

const Column = DataTable.Col<CalendarTemplate>;

// No "Crear" here: a template is created by cloning one from its page.
const TemplateListActions = () => (
  <TopToolbar>
    <ExportButton />
  </TopToolbar>
);

// The API sorts templates by id, code, jurisdiction or updatedAt only.
export const TemplateList = () => (
  <List<CalendarTemplate> sort={{ field: 'code', order: 'ASC' }} actions={<TemplateListActions />}>
    <DataTable<CalendarTemplate> rowClick="show" bulkActionButtons={false}>
      <Column source="code" />
      <Column source="jurisdiction" />
      <Column source="name" label="ciclo.template.name" disableSort>
        <LocalizedNameField />
      </Column>
      <Column source="stagesCount" disableSort>
        <StageCountField />
      </Column>
      <Column source="updatedAt">
        <DateTimeField source="updatedAt" />
      </Column>
    </DataTable>
  </List>
);
