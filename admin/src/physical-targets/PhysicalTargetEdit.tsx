import { ContentEdit } from '../content/ContentEdit';
import { PhysicalTargetForm } from './PhysicalTargetForm';

export const PhysicalTargetEdit = () => (
  <ContentEdit>
    <PhysicalTargetForm />
  </ContentEdit>
);
