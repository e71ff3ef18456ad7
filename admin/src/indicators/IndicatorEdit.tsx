import { ContentEdit } from '../plan-budget/ContentEdit';
import { IndicatorForm } from './IndicatorForm';

export const IndicatorEdit = () => (
  <ContentEdit redirect="show">
    <IndicatorForm edit />
  </ContentEdit>
);
