import { required, SelectInput, TextInput } from 'react-admin';
import { ContentForm } from '../plan-budget/ContentForm';
import { FormRow } from '../plan-budget/FormRow';
import { codeRule, nameRule } from '../plan-budget/validators';
import { CATALOGUE_CHOICES } from './choices';

export const ClassifierForm = () => (
  <ContentForm>
    <FormRow>
      <SelectInput source="catalogue" choices={CATALOGUE_CHOICES} validate={required()} />
      <TextInput source="code" validate={codeRule} />
      <TextInput source="parentCode" />
    </FormRow>
    <TextInput source="name" validate={nameRule} />
  </ContentForm>
);
