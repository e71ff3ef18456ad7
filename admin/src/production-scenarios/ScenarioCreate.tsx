import { ContentCreate } from '../plan-budget/ContentCreate';
import { ScenarioForm } from './ScenarioForm';

export const ScenarioCreate = () => (
  <ContentCreate redirect="show">
    <ScenarioForm />
  </ContentCreate>
);
