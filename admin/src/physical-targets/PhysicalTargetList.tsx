import { DataTable, List, NumberInput, ReferenceField, SelectInput } from 'react-admin';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { ContentListActions } from '../plan-budget/ContentListActions';
import { PLAIN_NUMBER } from '../plan-budget/format';
import { useContentFilters } from '../plan-budget/useContentFilters';
import { PLAN_CHOICES } from './choices';
import { MonthField } from './MonthField';
import { MonthInput } from './MonthInput';

interface PhysicalTarget {
  id: string;
  productId: string;
  plan: string;
  year: number;
  month: number;
  quantity: number;
}

const Column = DataTable.Col<PhysicalTarget>;

export const PhysicalTargetList = () => {
  const filters = useContentFilters([
    <CodeReferenceInput key="product" source="productId" reference="products" alwaysOn />,
    <SelectInput key="plan" source="plan" choices={PLAN_CHOICES} alwaysOn />,
    <NumberInput key="year" source="year" step={1} alwaysOn />,
    <MonthInput key="month" source="month" />,
  ]);
  return (
    <List<PhysicalTarget> sort={{ field: 'year', order: 'ASC' }} filters={filters} actions={<ContentListActions />}>
      <DataTable<PhysicalTarget> bulkActionButtons={false}>
        <Column source="productId" disableSort>
          <ReferenceField source="productId" reference="products" />
        </Column>
        <Column source="plan" />
        <DataTable.NumberCol<PhysicalTarget> source="year" {...PLAIN_NUMBER} />
        <Column source="month">
          <MonthField source="month" />
        </Column>
        <DataTable.NumberCol<PhysicalTarget> source="quantity" />
      </DataTable>
    </List>
  );
};
