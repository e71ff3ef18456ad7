import { DataTable, List, SearchInput } from 'react-admin';
import { ContentListActions } from '../plan-budget/ContentListActions';
import { PLAIN_NUMBER } from '../plan-budget/format';
import { InstitutionField } from '../plan-budget/InstitutionField';
import type { StrategicPlan } from '../plan-budget/types';
import { useContentFilters } from '../plan-budget/useContentFilters';
import { useSeesAllInstitutions } from '../plan-budget/useSeesAllInstitutions';

const Column = DataTable.Col<StrategicPlan>;

export const StrategicPlanList = () => {
  const filters = useContentFilters([<SearchInput key="q" source="q" alwaysOn />]);
  const seesAll = useSeesAllInstitutions();
  return (
    <List<StrategicPlan> sort={{ field: 'startYear', order: 'DESC' }} filters={filters} actions={<ContentListActions />}>
      <DataTable<StrategicPlan> bulkActionButtons={false}>
        {seesAll && (
          <Column source="institutionId" disableSort>
            <InstitutionField />
          </Column>
        )}
        <Column source="code" />
        <Column source="name" />
        <DataTable.NumberCol<StrategicPlan> source="startYear" {...PLAIN_NUMBER} />
        <DataTable.NumberCol<StrategicPlan> source="endYear" {...PLAIN_NUMBER} disableSort />
      </DataTable>
    </List>
  );
};
