import { ContentCreate } from '../plan-budget/ContentCreate';
import { PhysicalTargetForm } from './PhysicalTargetForm';

export const PhysicalTargetCreate = () => (
  <ContentCreate>
    <PhysicalTargetForm />
  </ContentCreate>
);
