import { DataTable, List, NumberInput, ReferenceField } from 'react-admin';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { ContentListActions } from '../plan-budget/ContentListActions';
import { PLAIN_NUMBER } from '../plan-budget/format';
import { useContentFilters } from '../plan-budget/useContentFilters';
import { MonthField } from '../physical-targets/MonthField';
import { MonthInput } from '../physical-targets/MonthInput';

import type { PhysicalExecution } from '../plan-budget/types';

const Column = DataTable.Col<PhysicalExecution>;

export const PhysicalExecutionList = () => {
  const filters = useContentFilters([
    <CodeReferenceInput key="product" source="productId" reference="products" alwaysOn />,
    <NumberInput key="year" source="year" step={1} alwaysOn />,
    <MonthInput key="month" source="month" wholeYear={false} />,
  ]);
  return (
    <List<PhysicalExecution> sort={{ field: 'year', order: 'ASC' }} filters={filters} actions={<ContentListActions />}>
      <DataTable<PhysicalExecution> bulkActionButtons={false}>
        <Column source="productId" disableSort>
          <ReferenceField source="productId" reference="products" />
        </Column>
        <DataTable.NumberCol<PhysicalExecution> source="year" {...PLAIN_NUMBER} />
        <Column source="month">
          <MonthField source="month" />
        </Column>
        <DataTable.NumberCol<PhysicalExecution> source="quantity" />
      </DataTable>
    </List>
  );
};
