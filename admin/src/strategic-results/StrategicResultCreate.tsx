import { ContentCreate } from '../content/ContentCreate';
import { StrategicResultForm } from './StrategicResultForm';

export const StrategicResultCreate = () => (
  <ContentCreate>
    <StrategicResultForm />
  </ContentCreate>
);
