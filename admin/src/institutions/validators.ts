import { maxLength, minLength, regex, required, type Validator } from 'react-admin';

// The same limits as the API's institutionBody (src/api/schemas.ts).
export const codeRule = [required(), minLength(2), maxLength(20), regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'ciclo.institution.invalid_code')];
export const nameRule = [required(), minLength(3), maxLength(200)];
export const shortNameRule = maxLength(60);
export const sectorRule = maxLength(80);
export const budgetEntityRule = regex(/^\d{5,12}$/, 'ciclo.institution.invalid_budget_entity');
export const departmentRule = regex(/^(0[1-9]|1\d|2[0-2])$/, 'ciclo.institution.invalid_department');

/** DDMM, inside the institution's department when it names one. */
export const municipalityRule: Validator[] = [
  regex(/^\d{4}$/, 'ciclo.institution.invalid_municipality'),
  (value: unknown, values: { departmentCode?: string | null }) =>
    typeof value === 'string' && value && values.departmentCode && !value.startsWith(values.departmentCode) ? 'ciclo.institution.municipality_outside' : undefined,
];
