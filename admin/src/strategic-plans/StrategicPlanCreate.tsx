import { ContentCreate } from '../content/ContentCreate';
import { StrategicPlanForm } from './StrategicPlanForm';

export const StrategicPlanCreate = () => (
  <ContentCreate redirect="show">
    <StrategicPlanForm />
  </ContentCreate>
);
