import { ContentCreate } from '../content/ContentCreate';
import { PhysicalExecutionForm } from './PhysicalExecutionForm';

export const PhysicalExecutionCreate = () => (
  <ContentCreate>
    <PhysicalExecutionForm />
  </ContentCreate>
);
