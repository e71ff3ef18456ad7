import type { ReactElement } from 'react';
import { InstitutionFilterInput } from './InstitutionFilterInput';
import { useSeesAllInstitutions } from './useSeesAllInstitutions';

/** A list's filters, plus the institution for those who see every institution. */
export const useContentFilters = (filters: ReactElement[], byInstitution = true): ReactElement[] => {
  const seesAll = useSeesAllInstitutions();
  return seesAll && byInstitution ? [...filters, <InstitutionFilterInput key="institutionId" source="institutionId" alwaysOn />] : filters;
};
