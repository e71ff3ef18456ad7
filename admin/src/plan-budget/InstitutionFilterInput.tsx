import { SelectInput } from 'react-admin';
import { useInstitutions } from './useInstitutions';

/** List filter by institution: for coordinators, who see every institution's content. */
export const InstitutionFilterInput = (_props: { source: string; alwaysOn?: boolean }) => {
  const { choices, isPending } = useInstitutions();
  return <SelectInput source="institutionId" label="ciclo.content.institution" choices={choices} translateChoice={false} isPending={isPending} />;
};
