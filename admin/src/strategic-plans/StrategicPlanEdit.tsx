import { ContentEdit } from '../plan-budget/ContentEdit';
import { StrategicPlanForm } from './StrategicPlanForm';

export const StrategicPlanEdit = () => (
  <ContentEdit redirect="show">
    <StrategicPlanForm edit />
  </ContentEdit>
);
