import { ContentEdit } from '../plan-budget/ContentEdit';
import { ScenarioItemForm } from './ScenarioItemForm';

export const ScenarioItemEdit = () => (
  <ContentEdit>
    <ScenarioItemForm />
  </ContentEdit>
);
