import { AutocompleteArrayInput, useGetList } from 'react-admin';
import type { Institution } from '../types';

/** The coordinating bodies an institution answers to, chosen by code among the coordinator institutions. */
export const CoordinatorCodesInput = ({ source }: { source: string }) => {
  const { data, isPending } = useGetList<Institution>('institutions', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'code', order: 'ASC' },
    filter: { kind: 'coordinator' },
  });
  return (
    <AutocompleteArrayInput
      source={source}
      choices={data ?? []}
      optionValue="code"
      optionText={(institution: Institution) => `${institution.code} · ${institution.name}`}
      translateChoice={false}
      isPending={isPending}
      helperText="ciclo.institution.coordinators_help"
    />
  );
};
