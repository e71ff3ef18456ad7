import { ContentEdit } from '../content/ContentEdit';
import { PhysicalExecutionForm } from './PhysicalExecutionForm';

export const PhysicalExecutionEdit = () => (
  <ContentEdit>
    <PhysicalExecutionForm />
  </ContentEdit>
);
