import type { UserAccount, UserCreateData, UserUpdateData } from '../types';

type UserFormValues = Partial<UserAccount>;

const institutionOf = (values: UserFormValues) => (values.institutionId ? String(values.institutionId) : null);

/** The create form's values as the body of POST /api/users. */
export const toUserCreate = (values: UserFormValues): UserCreateData => ({
  email: String(values.email ?? '').trim(),
  name: String(values.name ?? '').trim(),
  role: values.role!,
  institutionId: institutionOf(values),
  locale: values.locale ?? 'es',
});

/** The edit form's values as the body of PUT /api/users/:id: only what may change (never the email). */
export const toUserUpdate = (values: UserFormValues): UserUpdateData => ({
  name: String(values.name ?? '').trim(),
  role: values.role,
  institutionId: institutionOf(values),
  locale: values.locale,
  active: values.active !== false,
});
