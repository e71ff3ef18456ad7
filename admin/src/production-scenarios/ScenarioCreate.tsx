import { ContentCreate } from '../content/ContentCreate';
import { ScenarioForm } from './ScenarioForm';

export const ScenarioCreate = () => (
  <ContentCreate redirect="show">
    <ScenarioForm />
  </ContentCreate>
);
