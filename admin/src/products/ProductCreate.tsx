import { ContentCreate } from '../content/ContentCreate';
import { ProductForm } from './ProductForm';

export const ProductCreate = () => (
  <ContentCreate redirect="show">
    <ProductForm />
  </ContentCreate>
);
