import { NumberInput, TextInput } from 'react-admin';
import { ContentForm } from '../content/ContentForm';
import { InstitutionInput } from '../content/InstitutionInput';
import { OptionalTextInput } from '../content/OptionalTextInput';
import { nameRule, nextYear, yearRule } from '../content/validators';

export const ScenarioForm = ({ edit = false }: { edit?: boolean }) => (
  <ContentForm defaultValues={{ fiscalYear: nextYear() }}>
    <InstitutionInput readOnly={edit} />
    <NumberInput source="fiscalYear" step={1} validate={yearRule} />
    <TextInput source="name" validate={nameRule} />
    <OptionalTextInput source="description" />
  </ContentForm>
);
