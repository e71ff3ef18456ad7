import { DataTable, NumberInput, SearchInput } from 'react-admin';
import { ContentList } from '../plan-budget/ContentList';
import { PLAIN_NUMBER } from '../plan-budget/format';
import type { ProductionScenario } from '../plan-budget/types';

const Column = DataTable.Col<ProductionScenario>;

export const ScenarioList = () => {
  const filters = [<SearchInput key="q" source="q" alwaysOn />, <NumberInput key="fiscalYear" source="fiscalYear" step={1} alwaysOn />];
  return (
    <ContentList<ProductionScenario> sort={{ field: 'name', order: 'ASC' }} filters={filters}>
      <DataTable.NumberCol<ProductionScenario> source="fiscalYear" {...PLAIN_NUMBER} />
      <Column source="name" />
      <Column source="description" disableSort />
    </ContentList>
  );
};
