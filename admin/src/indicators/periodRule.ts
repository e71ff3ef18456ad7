import { regex, required } from 'react-admin';

/** "2028" (year), "2028-S1".."2028-S2" (half-yearly), "2028-C1".."2028-C3" (four-monthly) or "2028-01".."2028-12" (monthly). */
export const periodRule = [required(), regex(/^\d{4}(-S[12]|-C[1-3]|-(0[1-9]|1[0-2]))?$/, 'ciclo.content.invalid_period')];
