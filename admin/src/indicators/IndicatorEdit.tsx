import { ContentEdit } from '../content/ContentEdit';
import { IndicatorForm } from './IndicatorForm';

export const IndicatorEdit = () => (
  <ContentEdit redirect="show">
    <IndicatorForm edit />
  </ContentEdit>
);
