import { maxLength, minLength, required, SelectInput, TextInput } from 'react-admin';
import { FormRow } from '../plan-budget/FormRow';
import { LOCALE_CHOICES, ROLE_CHOICES } from './choices';
import { InstitutionReferenceInput } from './InstitutionReferenceInput';

/** What both forms ask: the name, the role, the institution and the language of the mail. */
export const UserInputs = () => (
  <>
    <TextInput source="name" validate={[required(), minLength(3), maxLength(200)]} />
    <FormRow>
      <SelectInput source="role" choices={ROLE_CHOICES} validate={required()} />
      <SelectInput source="locale" choices={LOCALE_CHOICES} validate={required()} />
    </FormRow>
    <InstitutionReferenceInput source="institutionId" helperText="ciclo.user.institution_help" />
  </>
);
