import { DataTable, List } from 'react-admin';
import type { Stage } from '../types';
import { DeadlineField } from './DeadlineField';
import { InstitutionField } from './InstitutionField';
import { StageActionButtons } from './StageActionButtons';
import { StageStatusField } from './StageStatusField';

const Column = DataTable.Col<Stage>;

export const StageList = () => (
  <List<Stage> perPage={25}>
    <DataTable<Stage> rowClick="show" bulkActionButtons={false}>
      <Column source="institutionName" disableSort>
        <InstitutionField />
      </Column>
      <Column source="name" disableSort />
      <DataTable.NumberCol<Stage> source="fiscalYear" options={{ useGrouping: false }} disableSort />
      <Column source="status">
        <StageStatusField />
      </Column>
      <DataTable.NumberCol<Stage> source="version" />
      <Column source="deadline">
        <DeadlineField />
      </Column>
      <Column label="ciclo.stage.actions" disableSort>
        <StageActionButtons />
      </Column>
    </DataTable>
  </List>
);
