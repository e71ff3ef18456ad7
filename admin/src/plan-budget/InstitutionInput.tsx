import { required, SelectInput, usePermissions } from 'react-admin';
import { canCoordinate } from '../permissions';
import type { Role } from '../types';
import { ownInstitutionId } from './ownInstitution';
import { useInstitutions } from './useInstitutions';

interface InstitutionInputProps {
  /** Edit forms: the owner of a record never changes (the API refuses it). */
  readOnly?: boolean;
}

/**
 * The record's institution: the user's own, fixed, for planners and directors; any institution
 * for coordinators and admins. Defaults to the user's institution.
 */
export const InstitutionInput = ({ readOnly = false }: InstitutionInputProps) => {
  const { permissions } = usePermissions<Role>();
  const { choices, isPending } = useInstitutions();
  const chooses = canCoordinate(permissions) && !readOnly;
  return (
    <SelectInput
      source="institutionId"
      choices={choices}
      translateChoice={false}
      isPending={isPending}
      defaultValue={ownInstitutionId()}
      readOnly={!chooses}
      validate={required()}
      helperText={chooses ? false : 'ciclo.content.own_institution_help'}
    />
  );
};
