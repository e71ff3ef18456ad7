import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CicloDataProvider } from '../dataProvider';

/**
 * GET /api/institutions/facets: the kinds, sectors and departments of the active institutions,
 * each with its count, to fill filter choices. Keyed under "institutions", so saving or
 * importing one refetches it.
 */
export const useInstitutionFacets = () => {
  const dataProvider = useDataProvider<CicloDataProvider>();
  return useQuery({
    queryKey: ['institutions', 'facets'],
    queryFn: async () => (await dataProvider.getInstitutionFacets()).data,
    staleTime: 60_000,
  });
};
