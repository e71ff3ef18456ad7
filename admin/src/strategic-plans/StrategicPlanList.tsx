import { DataTable, SearchInput } from 'react-admin';
import { ContentList } from '../plan-budget/ContentList';
import { PLAIN_NUMBER } from '../plan-budget/format';
import type { StrategicPlan } from '../plan-budget/types';

const Column = DataTable.Col<StrategicPlan>;

export const StrategicPlanList = () => {
  const filters = [<SearchInput key="q" source="q" alwaysOn />];
  return (
    <ContentList<StrategicPlan> sort={{ field: 'startYear', order: 'DESC' }} filters={filters}>
      <Column source="code" />
      <Column source="name" />
      <DataTable.NumberCol<StrategicPlan> source="startYear" {...PLAIN_NUMBER} />
      <DataTable.NumberCol<StrategicPlan> source="endYear" {...PLAIN_NUMBER} disableSort />
    </ContentList>
  );
};
