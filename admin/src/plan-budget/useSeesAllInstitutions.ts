import { usePermissions } from 'react-admin';
import { canCoordinate } from '../permissions';
import type { Role } from '../types';

/** Coordinators and admins read every institution's content; the others only their own. */
export const useSeesAllInstitutions = (): boolean => {
  const { permissions } = usePermissions<Role>();
  return canCoordinate(permissions);
};
