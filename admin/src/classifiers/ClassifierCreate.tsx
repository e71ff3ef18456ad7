import { ContentCreate } from '../plan-budget/ContentCreate';
import { ClassifierForm } from './ClassifierForm';

/** Coordinators only (authProvider.canAccess; the API checks again). */
export const ClassifierCreate = () => (
  <ContentCreate>
    <ClassifierForm />
  </ContentCreate>
);
