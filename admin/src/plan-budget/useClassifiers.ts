import { useGetList } from 'react-admin';
import type { Catalogue, Classifier } from './types';

/** One classifier catalogue, by code; cached for a while (catalogues change rarely). */
export const useClassifiers = (catalogue: Catalogue) => {
  const { data, isPending } = useGetList<Classifier>(
    'classifiers',
    {
      filter: { catalogue },
      pagination: { page: 1, perPage: 500 },
      sort: { field: 'code', order: 'ASC' },
    },
    { staleTime: 10 * 60_000 },
  );
  return { entries: data ?? [], isPending };
};
