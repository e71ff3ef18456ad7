import { ContentCreate } from '../plan-budget/ContentCreate';
import { ProductForm } from './ProductForm';

export const ProductCreate = () => (
  <ContentCreate redirect="show">
    <ProductForm />
  </ContentCreate>
);
