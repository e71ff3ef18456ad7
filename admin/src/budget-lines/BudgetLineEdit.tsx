import { ContentEdit } from '../content/ContentEdit';
import { BudgetLineForm } from './BudgetLineForm';

export const BudgetLineEdit = () => (
  <ContentEdit>
    <BudgetLineForm edit />
  </ContentEdit>
);
