import { ContentCreate } from '../content/ContentCreate';
import { IndicatorForm } from './IndicatorForm';

export const IndicatorCreate = () => (
  <ContentCreate redirect="show">
    <IndicatorForm />
  </ContentCreate>
);
