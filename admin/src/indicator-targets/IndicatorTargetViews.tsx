import { ContentCreate } from '../plan-budget/ContentCreate';
import { ContentEdit } from '../plan-budget/ContentEdit';
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
