import type { FormPathMapper } from '../serverErrors';

/** API error paths of POST /api/cycles that are inputs of the create form. */
export const cycleFormPath: FormPathMapper = (path) => {
  if (path === 'fiscalYear' || path === 'templateCode' || path === 'timeScale') return path;
  const criterion = /^institutionFilter\.(kinds|sectors|departmentCodes)(\.\d+)?$/.exec(path)?.[1];
  return criterion ? `institutionFilter.${criterion}` : null;
};
