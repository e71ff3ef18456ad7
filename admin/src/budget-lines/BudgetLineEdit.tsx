import { ContentEdit } from '../plan-budget/ContentEdit';
import { BudgetLineForm } from './BudgetLineForm';

export const BudgetLineEdit = () => (
  <ContentEdit>
    <BudgetLineForm edit />
  </ContentEdit>
);
