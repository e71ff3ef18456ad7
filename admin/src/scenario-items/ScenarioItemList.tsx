import { DataTable, NumberInput } from 'react-admin';
import { ContentList, ReferenceColumn, ClassifierColumn } from '../plan-budget/ContentList';
import { ClassifierInput } from '../plan-budget/ClassifierInput';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { PLAIN_NUMBER, QUETZALES } from '../plan-budget/format';
import { ItemCostField } from './ItemCostField';
import type { ScenarioItem } from './types';

const Column = DataTable.Col<ScenarioItem>;

export const ScenarioItemList = () => {
  const filters = [
    <CodeReferenceInput key="scenario" source="scenarioId" reference="production-scenarios" sortField="name" alwaysOn />,
    <CodeReferenceInput key="product" source="productId" reference="products" alwaysOn />,
    <NumberInput key="year" source="year" step={1} />,
    <ClassifierInput key="source" source="sourceCode" catalogue="fuenteFinanciamiento" />,
  ];
  return (
    <ContentList<ScenarioItem> sort={{ field: 'year', order: 'ASC' }} filters={filters} institutionColumn="never">
      <ReferenceColumn source="scenarioId" reference="production-scenarios" />
      <ReferenceColumn source="productId" reference="products" />
      <DataTable.NumberCol<ScenarioItem> source="year" {...PLAIN_NUMBER} />
      <ClassifierColumn source="sourceCode" catalogue="fuenteFinanciamiento" />
      <DataTable.NumberCol<ScenarioItem> source="quantity" />
      <DataTable.NumberCol<ScenarioItem> source="unitCost" {...QUETZALES} />
      <Column source="cost" label="ciclo.content.item_cost" disableSort align="right">
        <ItemCostField />
      </Column>
    </ContentList>
  );
};
