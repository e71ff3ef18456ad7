import { ContentCreate } from '../plan-budget/ContentCreate';
import { StrategicPlanForm } from './StrategicPlanForm';

export const StrategicPlanCreate = () => (
  <ContentCreate redirect="show">
    <StrategicPlanForm />
  </ContentCreate>
);
