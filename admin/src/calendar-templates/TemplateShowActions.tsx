import { CloneButton, EditButton, ListButton, TopToolbar, usePermissions } from 'react-admin';
import { canCoordinate } from '../permissions';
import type { Role } from '../types';

export const TemplateShowActions = () => {
  const { permissions } = usePermissions<Role>();
  return (
    <TopToolbar>
      {/* EditButton hides itself without edit access (authProvider.canAccess). */}
      <EditButton />
      {canCoordinate(permissions) && <CloneButton />}
      <ListButton />
    </TopToolbar>
  );
};
