import { ContentCreate } from '../plan-budget/ContentCreate';
import { BudgetLineForm } from './BudgetLineForm';

export const BudgetLineCreate = () => (
  <ContentCreate>
    <BudgetLineForm />
  </ContentCreate>
);
