import { ContentCreate } from '../content/ContentCreate';
import { ScenarioItemForm } from './ScenarioItemForm';

export const ScenarioItemCreate = () => (
  <ContentCreate>
    <ScenarioItemForm />
  </ContentCreate>
);
