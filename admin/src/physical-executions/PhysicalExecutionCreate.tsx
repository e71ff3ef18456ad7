import { ContentCreate } from '../plan-budget/ContentCreate';
import { PhysicalExecutionForm } from './PhysicalExecutionForm';

export const PhysicalExecutionCreate = () => (
  <ContentCreate>
    <PhysicalExecutionForm />
  </ContentCreate>
);
