import { ContentCreate } from '../content/ContentCreate';
import { CategoryForm } from './CategoryForm';

export const CategoryCreate = () => (
  <ContentCreate>
    <CategoryForm />
  </ContentCreate>
);
