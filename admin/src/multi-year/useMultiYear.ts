import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CicloDataProvider } from '../dataProvider';

const validYear = (year: number) => Number.isInteger(year) && year >= 2000 && year <= 2100;

/** GET /api/multi-year for an institution and fiscal year (once both make sense). */
export const useMultiYear = (institutionId: string, fiscalYear: number) => {
  const dataProvider = useDataProvider<CicloDataProvider>();
  return useQuery({
    queryKey: ['multi-year', institutionId, fiscalYear],
    queryFn: async () => (await dataProvider.getMultiYear({ institutionId, fiscalYear })).data,
    enabled: institutionId !== '' && validYear(fiscalYear),
  });
};
