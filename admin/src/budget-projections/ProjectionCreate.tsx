import { ContentCreate } from '../plan-budget/ContentCreate';
import { ProjectionForm } from './ProjectionForm';

export const ProjectionCreate = () => (
  <ContentCreate>
    <ProjectionForm />
  </ContentCreate>
);
