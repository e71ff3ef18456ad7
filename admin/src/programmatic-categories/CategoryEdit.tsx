import { ContentEdit } from '../content/ContentEdit';
import { CategoryForm } from './CategoryForm';

export const CategoryEdit = () => (
  <ContentEdit>
    <CategoryForm edit />
  </ContentEdit>
);
