import { ContentCreate } from '../plan-budget/ContentCreate';
import { CategoryForm } from './CategoryForm';

export const CategoryCreate = () => (
  <ContentCreate>
    <CategoryForm />
  </ContentCreate>
);
