import { ContentEdit } from '../plan-budget/ContentEdit';
import { StrategicResultForm } from './StrategicResultForm';

export const StrategicResultEdit = () => (
  <ContentEdit>
    <StrategicResultForm />
  </ContentEdit>
);
