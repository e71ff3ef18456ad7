import type { FormPathMapper } from '../serverErrors';

const FIELDS = ['code', 'budgetEntityCode', 'name', 'shortName', 'kind', 'sector', 'departmentCode', 'municipalityCode', 'timeZone', 'active'];

/** API error paths of POST / PUT /api/institutions that are inputs of the form. */
export const institutionFormPath: FormPathMapper = (path) => {
  if (FIELDS.includes(path)) return path;
  if (/^coordinatorCodes(\.\d+)?$/.test(path)) return 'coordinatorCodes';
  return null;
};
