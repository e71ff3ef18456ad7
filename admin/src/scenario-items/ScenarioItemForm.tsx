import { NumberInput, required } from 'react-admin';
import { ClassifierInput } from '../plan-budget/ClassifierInput';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { ContentForm } from '../plan-budget/ContentForm';
import { FormRow } from '../plan-budget/FormRow';
import { amountRule, yearRule } from '../plan-budget/validators';

export const ScenarioItemForm = () => (
  <ContentForm>
    <CodeReferenceInput source="scenarioId" reference="production-scenarios" sortField="name" required />
    <CodeReferenceInput source="productId" reference="products" required />
    <FormRow>
      <NumberInput source="year" step={1} validate={yearRule} />
      <ClassifierInput source="sourceCode" catalogue="fuenteFinanciamiento" validate={required()} />
    </FormRow>
    <FormRow>
      <NumberInput source="quantity" min={0} validate={amountRule} />
      <NumberInput source="unitCost" min={0} step={0.01} validate={amountRule} />
    </FormRow>
  </ContentForm>
);
