import { EmptyNote } from '../plan-budget/EmptyNote';
import { CreateButton, DataTable, ReferenceField, ReferenceManyField, useRecordContext } from 'react-admin';
import { ClassifierField } from '../plan-budget/ClassifierField';
import { PLAIN_NUMBER, QUETZALES } from '../plan-budget/format';
import type { ProductionScenario } from '../plan-budget/types';
import { ItemCostField } from '../scenario-items/ItemCostField';
import type { ScenarioItem } from '../scenario-items/types';

const Column = DataTable.Col<ScenarioItem>;

/** The scenario's targets and unit costs per product, year and source, with their cost. */
export const ScenarioItems = (_props: { label?: string }) => {
  const scenario = useRecordContext<ProductionScenario>();
  if (!scenario) return null;
  return (
    <>
      <CreateButton resource="scenario-items" state={{ record: { scenarioId: scenario.id, year: scenario.fiscalYear } }} />
      <ReferenceManyField<ProductionScenario, ScenarioItem> reference="scenario-items" target="scenarioId" sort={{ field: 'year', order: 'ASC' }} perPage={200}>
        <DataTable<ScenarioItem> bulkActionButtons={false} empty={<EmptyNote />}>
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
      </ReferenceManyField>
    </>
  );
};
