import type { InstitutionData } from '../types';

type InstitutionFormValues = Partial<Record<keyof InstitutionData, unknown>> & { id?: unknown };

/** An emptied optional text is null for the API, not "". */
const optional = (value: unknown): string | null => {
  const text = typeof value === 'string' ? value.trim() : '';
  return text === '' ? null : text;
};

/** The form's values as the body of POST / PUT /api/institutions: the record's fields, no id. */
export const toInstitutionData = (values: InstitutionFormValues): InstitutionData => ({
  code: String(values.code ?? '').trim(),
  budgetEntityCode: optional(values.budgetEntityCode),
  name: String(values.name ?? '').trim(),
  shortName: optional(values.shortName),
  kind: values.kind as InstitutionData['kind'],
  sector: optional(values.sector),
  departmentCode: optional(values.departmentCode),
  municipalityCode: optional(values.municipalityCode),
  timeZone: optional(values.timeZone) ?? 'America/Guatemala',
  active: values.active !== false,
  coordinatorCodes: Array.isArray(values.coordinatorCodes) ? values.coordinatorCodes.map(String) : [],
});
