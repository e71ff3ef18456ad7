import { ContentEdit } from '../plan-budget/ContentEdit';
import { ProductForm } from './ProductForm';

export const ProductEdit = () => (
  <ContentEdit redirect="show">
    <ProductForm edit />
  </ContentEdit>
);
