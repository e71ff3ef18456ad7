import type { InstitutionStatistics } from './types';

/** The coordinator's home filters on who an institution is; '' is "all". */
export interface InstitutionFilters {
  sector: string;
  kind: string;
  department: string;
}

export const NO_INSTITUTION_FILTERS: InstitutionFilters = { sector: '', kind: '', department: '' };

const filtersInstitutions = (filters: InstitutionFilters) => Boolean(filters.sector || filters.kind || filters.department);

type Profile = Pick<InstitutionStatistics, 'sector' | 'kind' | 'departmentCode'>;

/** Whether an institution (its statistics row; none for the coordinators' row) passes every filter chosen. */
export const institutionMatches = (profile: Profile | undefined, filters: InstitutionFilters): boolean =>
  !filtersInstitutions(filters) ||
  (!!profile && (!filters.sector || profile.sector === filters.sector) && (!filters.kind || profile.kind === filters.kind) && (!filters.department || profile.departmentCode === filters.department));
