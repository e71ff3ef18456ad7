import { ContentCreate } from '../plan-budget/ContentCreate';
import { IndicatorForm } from './IndicatorForm';

export const IndicatorCreate = () => (
  <ContentCreate redirect="show">
    <IndicatorForm />
  </ContentCreate>
);
