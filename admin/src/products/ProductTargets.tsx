import { EmptyNote } from '../plan-budget/EmptyNote';
import { CreateButton, DataTable, ReferenceManyField, useRecordContext } from 'react-admin';
import { PLAIN_NUMBER } from '../plan-budget/format';
import type { Product } from '../plan-budget/types';
import { MonthField } from '../physical-targets/MonthField';
import type { PhysicalTarget } from '../plan-budget/types';

type Target = PhysicalTarget;

const Column = DataTable.Col<Target>;

/** The product's POA / POM targets, with "Crear" prefilled with the product. */
export const ProductTargets = (_props: { label?: string }) => {
  const product = useRecordContext<Product>();
  if (!product) return null;
  return (
    <>
      <CreateButton resource="physical-targets" state={{ record: { productId: product.id, plan: 'POA', month: 0 } }} />
      <ReferenceManyField<Product, Target> reference="physical-targets" target="productId" sort={{ field: 'year', order: 'ASC' }} perPage={100}>
        <DataTable<Target> bulkActionButtons={false} empty={<EmptyNote />}>
          <Column source="plan" />
          <DataTable.NumberCol<Target> source="year" {...PLAIN_NUMBER} />
          <Column source="month">
            <MonthField source="month" />
          </Column>
          <DataTable.NumberCol<Target> source="quantity" />
        </DataTable>
      </ReferenceManyField>
    </>
  );
};
