import { PARTICIPANT_KINDS, type InstitutionFilter } from '../types';

/**
 * A cycle's institution filter as the filter of GET /api/institutions, to count what it takes:
 * the active institutions of the chosen kinds (without kinds, every kind but the coordinators,
 * which never join a cycle), sectors and departments.
 */
export const toInstitutionListFilter = ({ kinds, sectors, departmentCodes }: InstitutionFilter) => ({
  kind: kinds?.length ? kinds.filter((kind) => PARTICIPANT_KINDS.includes(kind)) : [...PARTICIPANT_KINDS],
  ...(sectors?.length ? { sector: sectors } : {}),
  ...(departmentCodes?.length ? { departmentCode: departmentCodes } : {}),
  active: true,
});
