import type { Role } from './types';

/** Coordinators (MINFIN, SEGEPLAN) and admins run cycles and edit calendars. */
export const canCoordinate = (role: Role | undefined): boolean =>
    role === 'coordinator' || role === 'admin';

/** Resources whose create / edit views are for coordinators only. */
const COORDINATED_RESOURCES = ['cycles', 'calendar-templates'];

/**
 * The access rules behind authProvider.canAccess: react-admin uses them to guard the
 * routes and to show or hide the create, edit and delete buttons. The API checks again.
 */
export const canAccessResource = (
    role: Role | undefined,
    resource: string,
    action: string,
): boolean => {
    if (!role) return false;
    // Nothing is deleted from the console, and the API has no DELETE routes.
    if (action === 'delete') return false;
    if (action === 'create' || action === 'edit' || action === 'clone') {
        return COORDINATED_RESOURCES.includes(resource) && canCoordinate(role);
    }
    return true;
};
