import { Create, email, required, SimpleForm, TextInput, useNotify, useRedirect } from 'react-admin';
import { toUserCreate } from './toUserBody';
import { UserInputs } from './UserInputs';

const defaultValues = { role: 'planner', locale: 'es', institutionId: null };

/**
 * POST /api/users: the server mails the person a one-time link to choose their password.
 * A coordinator may not create an admin: the API refuses (403) and its message is shown.
 */
export const UserCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const onSuccess = () => {
    notify('ciclo.user.created', { type: 'success' });
    redirect('list', 'users');
  };
  return (
    <Create transform={toUserCreate} mutationOptions={{ onSuccess }}>
      <SimpleForm defaultValues={defaultValues} sx={{ maxWidth: 760 }}>
        <TextInput source="email" type="email" validate={[required(), email()]} helperText="ciclo.user.email_help" />
        <UserInputs />
      </SimpleForm>
    </Create>
  );
};
