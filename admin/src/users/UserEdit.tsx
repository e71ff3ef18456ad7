import { BooleanInput, Edit, Labeled, SaveButton, SimpleForm, TextInput, Toolbar } from 'react-admin';
import { PasswordStatusField } from './PasswordStatusField';
import { toUserUpdate } from './toUserBody';
import { UserEditActions } from './UserEditActions';
import { UserInputs } from './UserInputs';

/** No delete: a person is deactivated and keeps their history. */
const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Pessimistic: deactivating ends the person's sessions, so the API must accept it first. */
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={toUserUpdate} actions={<UserEditActions />}>
    <SimpleForm toolbar={<SaveOnly />} sx={{ maxWidth: 760 }}>
      <TextInput source="email" disabled />
      <Labeled label="resources.users.fields.passwordSet">
        <PasswordStatusField />
      </Labeled>
      <UserInputs />
      <BooleanInput source="active" helperText="ciclo.user.active_help" />
    </SimpleForm>
  </Edit>
);
