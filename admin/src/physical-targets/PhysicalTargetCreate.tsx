import { ContentCreate } from '../content/ContentCreate';
import { PhysicalTargetForm } from './PhysicalTargetForm';

export const PhysicalTargetCreate = () => (
  <ContentCreate>
    <PhysicalTargetForm />
  </ContentCreate>
);
