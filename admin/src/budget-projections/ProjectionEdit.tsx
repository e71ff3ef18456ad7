import { ContentEdit } from '../plan-budget/ContentEdit';
import { ProjectionForm } from './ProjectionForm';

export const ProjectionEdit = () => (
  <ContentEdit>
    <ProjectionForm edit />
  </ContentEdit>
);
