import { DataTable, NumberInput } from 'react-admin';
import { ContentList, ReferenceColumn } from '../plan-budget/ContentList';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { PLAIN_NUMBER } from '../plan-budget/format';
import { MonthField } from '../physical-targets/MonthField';
import { MonthInput } from '../physical-targets/MonthInput';

import type { PhysicalExecution } from '../plan-budget/types';

const Column = DataTable.Col<PhysicalExecution>;

export const PhysicalExecutionList = () => {
  const filters = [
    <CodeReferenceInput key="product" source="productId" reference="products" alwaysOn />,
    <NumberInput key="year" source="year" step={1} alwaysOn />,
    <MonthInput key="month" source="month" wholeYear={false} />,
  ];
  return (
    <ContentList<PhysicalExecution> sort={{ field: 'year', order: 'ASC' }} filters={filters} institutionColumn="never">
      <ReferenceColumn source="productId" reference="products" />
      <DataTable.NumberCol<PhysicalExecution> source="year" {...PLAIN_NUMBER} />
      <Column source="month">
        <MonthField source="month" />
      </Column>
      <DataTable.NumberCol<PhysicalExecution> source="quantity" />
    </ContentList>
  );
};
