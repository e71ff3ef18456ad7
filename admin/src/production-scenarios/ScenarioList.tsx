import { DataTable, List, NumberInput, SearchInput } from 'react-admin';
import { ContentListActions } from '../plan-budget/ContentListActions';
import { PLAIN_NUMBER } from '../plan-budget/format';
import { InstitutionField } from '../plan-budget/InstitutionField';
import type { ProductionScenario } from '../plan-budget/types';
import { useContentFilters } from '../plan-budget/useContentFilters';
import { useSeesAllInstitutions } from '../plan-budget/useSeesAllInstitutions';

const Column = DataTable.Col<ProductionScenario>;

export const ScenarioList = () => {
  const seesAll = useSeesAllInstitutions();
  const filters = useContentFilters([<SearchInput key="q" source="q" alwaysOn />, <NumberInput key="fiscalYear" source="fiscalYear" step={1} alwaysOn />]);
  return (
    <List<ProductionScenario> sort={{ field: 'name', order: 'ASC' }} filters={filters} actions={<ContentListActions />}>
      <DataTable<ProductionScenario> bulkActionButtons={false}>
        {seesAll && (
          <Column source="institutionId" disableSort>
            <InstitutionField />
          </Column>
        )}
        <DataTable.NumberCol<ProductionScenario> source="fiscalYear" {...PLAIN_NUMBER} />
        <Column source="name" />
        <Column source="description" disableSort />
      </DataTable>
    </List>
  );
};
