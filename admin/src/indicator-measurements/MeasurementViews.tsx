import { ContentCreate } from '../plan-budget/ContentCreate';
import { ContentEdit } from '../plan-budget/ContentEdit';
import { PeriodForm } from '../indicators/PeriodForm';
import { PeriodList } from '../indicators/PeriodList';

// The three views of indicator measurements: the period list and form shared with targets.
export const MeasurementList = () => <PeriodList withNote />;

export const MeasurementCreate = () => (
  <ContentCreate>
    <PeriodForm withNote />
  </ContentCreate>
);

export const MeasurementEdit = () => (
  <ContentEdit>
    <PeriodForm withNote />
  </ContentEdit>
);
