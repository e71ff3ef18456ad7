import { ContentCreate } from '../content/ContentCreate';
import { ProjectionForm } from './ProjectionForm';

export const ProjectionCreate = () => (
  <ContentCreate>
    <ProjectionForm />
  </ContentCreate>
);
