import { ROLES } from '../types';

export const ROLE_CHOICES = ROLES.map((id) => ({ id, name: `ciclo.role.${id}` }));

export const LOCALE_CHOICES = [
  { id: 'es', name: 'ciclo.locale.es' },
  { id: 'en', name: 'ciclo.locale.en' },
];
