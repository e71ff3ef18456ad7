import { NumberInput, TextInput } from 'react-admin';
import { ContentForm } from '../plan-budget/ContentForm';
import { FormRow } from '../plan-budget/FormRow';
import { InstitutionInput } from '../plan-budget/InstitutionInput';
import { OptionalTextInput } from '../plan-budget/OptionalTextInput';
import { codeRule, nameRule, yearRule } from '../plan-budget/validators';

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
