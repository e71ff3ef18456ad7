import { required, SelectInput, TextInput } from 'react-admin';
import { CodeReferenceInput } from '../content/CodeReferenceInput';
import { ContentForm } from '../content/ContentForm';
import { FormRow } from '../content/FormRow';
import { codeRule, nameRule } from '../content/validators';
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
