import { DataTable, List, NumberInput, SearchInput } from 'react-admin';
import { ContentListActions } from '../content/ContentListActions';
import { PLAIN_NUMBER } from '../content/format';
import { InstitutionField } from '../content/InstitutionField';
import type { ProductionScenario } from '../content/types';
import { useContentFilters } from '../content/useContentFilters';
import { useSeesAllInstitutions } from '../content/useSeesAllInstitutions';

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
