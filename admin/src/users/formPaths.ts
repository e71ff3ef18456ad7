import type { FormPathMapper } from '../serverErrors';

const FIELDS = {
  create: ['email', 'name', 'role', 'institutionId', 'locale'],
  update: ['name', 'role', 'institutionId', 'locale', 'active'],
};

/** API error paths of POST /api/users (create) or PUT /api/users/:id (update) that are inputs of the form. */
export const userFormPath =
  (mode: keyof typeof FIELDS): FormPathMapper =>
  (path) =>
    FIELDS[mode].includes(path) ? path : null;
