import { ContentEdit } from '../plan-budget/ContentEdit';
import { ScenarioForm } from './ScenarioForm';

export const ScenarioEdit = () => (
  <ContentEdit redirect="show">
    <ScenarioForm edit />
  </ContentEdit>
);
