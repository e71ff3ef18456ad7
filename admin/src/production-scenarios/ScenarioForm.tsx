import { NumberInput, TextInput } from 'react-admin';
import { ContentForm } from '../plan-budget/ContentForm';
import { InstitutionInput } from '../plan-budget/InstitutionInput';
import { OptionalTextInput } from '../plan-budget/OptionalTextInput';
import { nameRule, nextYear, yearRule } from '../plan-budget/validators';

export const ScenarioForm = ({ edit = false }: { edit?: boolean }) => (
  <ContentForm defaultValues={{ fiscalYear: nextYear() }}>
    <InstitutionInput readOnly={edit} />
    <NumberInput source="fiscalYear" step={1} validate={yearRule} />
    <TextInput source="name" validate={nameRule} />
    <OptionalTextInput source="description" />
  </ContentForm>
);
