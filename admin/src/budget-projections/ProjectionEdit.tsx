import { ContentEdit } from '../content/ContentEdit';
import { ProjectionForm } from './ProjectionForm';

export const ProjectionEdit = () => (
  <ContentEdit>
    <ProjectionForm edit />
  </ContentEdit>
);
