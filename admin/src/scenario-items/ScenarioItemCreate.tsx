import { ContentCreate } from '../plan-budget/ContentCreate';
import { ScenarioItemForm } from './ScenarioItemForm';

export const ScenarioItemCreate = () => (
  <ContentCreate>
    <ScenarioItemForm />
  </ContentCreate>
);
