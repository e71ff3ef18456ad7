import { ReferenceField, TextField } from 'react-admin';
import { ClassifierField } from '../plan-budget/ClassifierField';
import { ContentShow } from '../plan-budget/ContentShow';
import type { Product } from '../plan-budget/types';
import { ProductTargets } from './ProductTargets';

export const ProductShow = () => (
  <ContentShow<Product> resource="products">
    <ClassifierField source="unitOfMeasure" catalogue="unidadMedida" label="resources.products.fields.unitOfMeasure" />
    <TextField source="beneficiaries" emptyText="—" />
    <ReferenceField source="resultId" reference="strategic-results" emptyText="—" />
    <ReferenceField source="parentId" reference="products" emptyText="—" />
    <ReferenceField source="programmaticCategoryId" reference="programmatic-categories" emptyText="—" />
    <ProductTargets label="ciclo.content.section.targets" />
  </ContentShow>
);
