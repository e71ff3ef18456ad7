import { ContentCreate } from '../content/ContentCreate';
import { ContentEdit } from '../content/ContentEdit';
import { PeriodForm } from '../indicators/PeriodForm';
import { PeriodList } from '../indicators/PeriodList';

// The three views of indicator targets: the period list and form shared with measurements.
export const IndicatorTargetList = () => <PeriodList />;

export const IndicatorTargetCreate = () => (
  <ContentCreate>
    <PeriodForm />
  </ContentCreate>
);

export const IndicatorTargetEdit = () => (
  <ContentEdit>
    <PeriodForm />
  </ContentEdit>
);
