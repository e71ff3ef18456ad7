import { ContentEdit } from '../plan-budget/ContentEdit';
import { ClassifierForm } from './ClassifierForm';

export const ClassifierEdit = () => (
  <ContentEdit>
    <ClassifierForm />
  </ContentEdit>
);
