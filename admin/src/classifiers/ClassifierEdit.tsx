import { ContentEdit } from '../content/ContentEdit';
import { ClassifierForm } from './ClassifierForm';

export const ClassifierEdit = () => (
  <ContentEdit>
    <ClassifierForm />
  </ContentEdit>
);
