import { NumberInput, TextInput } from 'react-admin';
import { ContentForm } from '../content/ContentForm';
import { FormRow } from '../content/FormRow';
import { InstitutionInput } from '../content/InstitutionInput';
import { OptionalTextInput } from '../content/OptionalTextInput';
import { codeRule, nameRule, yearRule } from '../content/validators';

export const StrategicPlanForm = ({ edit = false }: { edit?: boolean }) => (
  <ContentForm>
    <InstitutionInput readOnly={edit} />
    <FormRow>
      <TextInput source="code" validate={codeRule} />
      <NumberInput source="startYear" step={1} validate={yearRule} />
      <NumberInput source="endYear" step={1} validate={yearRule} />
    </FormRow>
    <TextInput source="name" validate={nameRule} />
    <OptionalTextInput source="mission" />
    <OptionalTextInput source="vision" />
  </ContentForm>
);
