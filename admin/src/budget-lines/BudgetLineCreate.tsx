import { ContentCreate } from '../content/ContentCreate';
import { BudgetLineForm } from './BudgetLineForm';

export const BudgetLineCreate = () => (
  <ContentCreate>
    <BudgetLineForm />
  </ContentCreate>
);
