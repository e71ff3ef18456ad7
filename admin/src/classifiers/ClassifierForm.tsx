import { required, SelectInput, TextInput } from 'react-admin';
import { ContentForm } from '../content/ContentForm';
import { FormRow } from '../content/FormRow';
import { codeRule, nameRule } from '../content/validators';
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
