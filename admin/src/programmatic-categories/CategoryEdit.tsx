import { ContentEdit } from '../plan-budget/ContentEdit';
import { CategoryForm } from './CategoryForm';

export const CategoryEdit = () => (
  <ContentEdit>
    <CategoryForm edit />
  </ContentEdit>
);
