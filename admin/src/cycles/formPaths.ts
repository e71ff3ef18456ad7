import type { FormPathMapper } from '../serverErrors';

/** API error paths of POST /api/cycles that are inputs of the create form. */
export const cycleFormPath: FormPathMapper = path => {
    if (path === 'fiscalYear' || path === 'templateCode' || path === 'timeScale') return path;
    if (/^institutionCodes(\.\d+)?$/.test(path)) return 'institutionCodes';
    return null;
};
