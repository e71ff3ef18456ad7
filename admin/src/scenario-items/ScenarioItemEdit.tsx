import { ContentEdit } from '../content/ContentEdit';
import { ScenarioItemForm } from './ScenarioItemForm';

export const ScenarioItemEdit = () => (
  <ContentEdit>
    <ScenarioItemForm />
  </ContentEdit>
);
