import { required, SelectInput, TextInput } from 'react-admin';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { ContentForm } from '../plan-budget/ContentForm';
import { FormRow } from '../plan-budget/FormRow';
import { codeRule, nameRule } from '../plan-budget/validators';
import { LEVEL_CHOICES, RESULT_KIND_CHOICES } from './choices';

/** contributesTo is the logic model: the higher result this one contributes to. */
export const StrategicResultForm = () => (
  <ContentForm defaultValues={{ kind: 'institutional' }}>
    <CodeReferenceInput source="strategicPlanId" reference="strategic-plans" required />
    <FormRow>
      <TextInput source="code" validate={codeRule} />
      <SelectInput source="level" choices={LEVEL_CHOICES} validate={required()} />
      <SelectInput source="kind" choices={RESULT_KIND_CHOICES} validate={required()} />
    </FormRow>
    <TextInput source="name" validate={nameRule} multiline />
    <CodeReferenceInput source="contributesToId" reference="strategic-results" />
  </ContentForm>
);
