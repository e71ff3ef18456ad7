import { DataTable, List, SearchInput } from 'react-admin';
import { ContentListActions } from '../content/ContentListActions';
import { PLAIN_NUMBER } from '../content/format';
import { InstitutionField } from '../content/InstitutionField';
import type { StrategicPlan } from '../content/types';
import { useContentFilters } from '../content/useContentFilters';
import { useSeesAllInstitutions } from '../content/useSeesAllInstitutions';

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
