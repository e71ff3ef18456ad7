import { ContentCreate } from '../plan-budget/ContentCreate';
import { StrategicResultForm } from './StrategicResultForm';

export const StrategicResultCreate = () => (
  <ContentCreate>
    <StrategicResultForm />
  </ContentCreate>
);
