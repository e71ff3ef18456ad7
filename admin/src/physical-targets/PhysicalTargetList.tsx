import { DataTable, NumberInput, SelectInput } from 'react-admin';
import { ContentList, ReferenceColumn } from '../plan-budget/ContentList';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { PLAIN_NUMBER } from '../plan-budget/format';
import { PLAN_CHOICES } from './choices';
import { MonthField } from './MonthField';
import { MonthInput } from './MonthInput';
import type { PhysicalTarget } from '../plan-budget/types';

const Column = DataTable.Col<PhysicalTarget>;

export const PhysicalTargetList = () => {
  const filters = [
    <CodeReferenceInput key="product" source="productId" reference="products" alwaysOn />,
    <SelectInput key="plan" source="plan" choices={PLAN_CHOICES} alwaysOn />,
    <NumberInput key="year" source="year" step={1} alwaysOn />,
    <MonthInput key="month" source="month" />,
  ];
  return (
    <ContentList<PhysicalTarget> sort={{ field: 'year', order: 'ASC' }} filters={filters} institutionColumn="never">
      <ReferenceColumn source="productId" reference="products" />
      <Column source="plan" />
      <DataTable.NumberCol<PhysicalTarget> source="year" {...PLAIN_NUMBER} />
      <Column source="month">
        <MonthField source="month" />
      </Column>
      <DataTable.NumberCol<PhysicalTarget> source="quantity" />
    </ContentList>
  );
};
