import { DataTable, List, NumberInput, ReferenceField } from 'react-admin';
import { ClassifierField } from '../plan-budget/ClassifierField';
import { ClassifierInput } from '../plan-budget/ClassifierInput';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { ContentListActions } from '../plan-budget/ContentListActions';
import { PLAIN_NUMBER, QUETZALES } from '../plan-budget/format';
import { useContentFilters } from '../plan-budget/useContentFilters';
import { ItemCostField } from './ItemCostField';
import type { ScenarioItem } from './types';

const Column = DataTable.Col<ScenarioItem>;

export const ScenarioItemList = () => {
  const filters = useContentFilters([
    <CodeReferenceInput key="scenario" source="scenarioId" reference="production-scenarios" sortField="name" alwaysOn />,
    <CodeReferenceInput key="product" source="productId" reference="products" alwaysOn />,
    <NumberInput key="year" source="year" step={1} />,
    <ClassifierInput key="source" source="sourceCode" catalogue="fuenteFinanciamiento" />,
  ]);
  return (
    <List<ScenarioItem> sort={{ field: 'year', order: 'ASC' }} filters={filters} actions={<ContentListActions />}>
      <DataTable<ScenarioItem> bulkActionButtons={false}>
        <Column source="scenarioId" disableSort>
          <ReferenceField source="scenarioId" reference="production-scenarios" />
        </Column>
        <Column source="productId" disableSort>
          <ReferenceField source="productId" reference="products" />
        </Column>
        <DataTable.NumberCol<ScenarioItem> source="year" {...PLAIN_NUMBER} />
        <Column source="sourceCode">
          <ClassifierField source="sourceCode" catalogue="fuenteFinanciamiento" />
        </Column>
        <DataTable.NumberCol<ScenarioItem> source="quantity" />
        <DataTable.NumberCol<ScenarioItem> source="unitCost" {...QUETZALES} />
        <Column source="cost" label="ciclo.content.item_cost" disableSort align="right">
          <ItemCostField />
        </Column>
      </DataTable>
    </List>
  );
};
