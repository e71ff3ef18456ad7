import type { CycleCreateData, InstitutionFilter } from '../types';

interface CycleFormValues {
  fiscalYear?: number | string | null;
  templateCode?: string | null;
  institutionFilter?: { kinds?: string[] | null; sectors?: string[] | null; departmentCodes?: string[] | null } | null;
  timeScale?: number | string | null;
}

/** Only the criteria chosen: an empty list is no criterion (the API takes every active institution). */
export const toInstitutionFilter = (values: CycleFormValues['institutionFilter']): InstitutionFilter => {
  const chosen = (list?: string[] | null) => (list && list.length > 0 ? list : undefined);
  const kinds = chosen(values?.kinds) as InstitutionFilter['kinds'];
  const sectors = chosen(values?.sectors);
  const departmentCodes = chosen(values?.departmentCodes);
  return { ...(kinds ? { kinds } : {}), ...(sectors ? { sectors } : {}), ...(departmentCodes ? { departmentCodes } : {}) };
};

/** The create form's values as the body of POST /api/cycles (no empty time scale). */
export const toStartRequest = (values: CycleFormValues): CycleCreateData => {
  const timeScale = values.timeScale === '' || values.timeScale == null ? undefined : Number(values.timeScale);
  return {
    fiscalYear: Number(values.fiscalYear),
    templateCode: values.templateCode ?? '',
    institutionFilter: toInstitutionFilter(values.institutionFilter),
    ...(timeScale !== undefined ? { timeScale } : {}),
  };
};
