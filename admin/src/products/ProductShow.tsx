import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ClassifierField } from '../plan-budget/ClassifierField';
import { InstitutionField } from '../plan-budget/InstitutionField';
import type { Product } from '../plan-budget/types';
import { ProductTargets } from './ProductTargets';

export const ProductShow = () => (
  <Show<Product>>
    <SimpleShowLayout>
      <InstitutionField label="resources.products.fields.institutionId" />
      <TextField source="code" />
      <TextField source="name" />
      <ClassifierField source="unitOfMeasure" catalogue="unidadMedida" label="resources.products.fields.unitOfMeasure" />
      <TextField source="beneficiaries" emptyText="—" />
      <ReferenceField source="resultId" reference="strategic-results" emptyText="—" />
      <ReferenceField source="parentId" reference="products" emptyText="—" />
      <ReferenceField source="programmaticCategoryId" reference="programmatic-categories" emptyText="—" />
      <ProductTargets label="ciclo.content.section.targets" />
    </SimpleShowLayout>
  </Show>
);
