import { DataTable, List } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import type { Cycle } from '../types';
import { CyclePhaseField } from './CyclePhaseField';
import { CycleStatusField } from './CycleStatusField';
import { TimeScaleField } from './TimeScaleField';

const Column = DataTable.Col<Cycle>;

// The API sorts cycles by id, fiscalYear or createdAt only.
export const CycleList = () => (
  <List<Cycle> sort={{ field: 'fiscalYear', order: 'DESC' }} perPage={25}>
    <DataTable<Cycle> rowClick="show" bulkActionButtons={false}>
      <Column source="jurisdiction" disableSort />
      <DataTable.NumberCol<Cycle> source="fiscalYear" options={{ useGrouping: false }} />
      <Column source="phase" disableSort>
        <CyclePhaseField />
      </Column>
      <Column source="status" disableSort>
        <CycleStatusField />
      </Column>
      <DataTable.NumberCol<Cycle> source="institutions" disableSort />
      <Column source="timeScale" disableSort>
        <TimeScaleField />
      </Column>
      <Column source="createdAt">
        <DateTimeField source="createdAt" />
      </Column>
    </DataTable>
  </List>
);
