import { NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { KIND_CHOICES } from './choices';
import { useFacetChoices } from './useFacetChoices';

/** The institutions list's filters: a search, the kind, the sector and department (from the facets), and whether active. */
export const useInstitutionFilters = () => {
  const { sectors, departments, isPending } = useFacetChoices();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="kind" source="kind" choices={KIND_CHOICES} alwaysOn />,
    <SelectInput key="sector" source="sector" choices={sectors} translateChoice={false} isPending={isPending} />,
    <SelectInput key="departmentCode" source="departmentCode" choices={departments} translateChoice={false} isPending={isPending} alwaysOn />,
    <NullableBooleanInput key="active" source="active" nullLabel="ciclo.institution.all" trueLabel="ciclo.institution.active_only" falseLabel="ciclo.institution.inactive_only" alwaysOn />,
  ];
};
