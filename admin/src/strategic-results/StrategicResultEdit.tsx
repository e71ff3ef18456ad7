import { ContentEdit } from '../content/ContentEdit';
import { StrategicResultForm } from './StrategicResultForm';

export const StrategicResultEdit = () => (
  <ContentEdit>
    <StrategicResultForm />
  </ContentEdit>
);
