import { ContentEdit } from '../plan-budget/ContentEdit';
import { PhysicalTargetForm } from './PhysicalTargetForm';

export const PhysicalTargetEdit = () => (
  <ContentEdit>
    <PhysicalTargetForm />
  </ContentEdit>
);
