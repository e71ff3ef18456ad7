import type { CycleCreateData } from '../types';

interface CycleFormValues {
    fiscalYear?: number | string | null;
    templateCode?: string | null;
    institutionCodes?: string[] | null;
    timeScale?: number | string | null;
}

/** The create form's values as the body of POST /api/cycles (no empty time scale). */
export const toStartRequest = (values: CycleFormValues): CycleCreateData => {
    const timeScale = values.timeScale === '' || values.timeScale == null ? undefined : Number(values.timeScale);
    return {
        fiscalYear: Number(values.fiscalYear),
        templateCode: values.templateCode ?? '',
        institutionCodes: values.institutionCodes ?? [],
        ...(timeScale !== undefined ? { timeScale } : {}),
    };
};
