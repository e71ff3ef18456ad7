import { ContentEdit } from '../content/ContentEdit';
import { ScenarioForm } from './ScenarioForm';

export const ScenarioEdit = () => (
  <ContentEdit redirect="show">
    <ScenarioForm edit />
  </ContentEdit>
);
