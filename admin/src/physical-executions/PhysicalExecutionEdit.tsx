import { ContentEdit } from '../plan-budget/ContentEdit';
import { PhysicalExecutionForm } from './PhysicalExecutionForm';

export const PhysicalExecutionEdit = () => (
  <ContentEdit>
    <PhysicalExecutionForm />
  </ContentEdit>
);
