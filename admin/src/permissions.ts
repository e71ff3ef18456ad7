import { APPEND_ONLY, COORDINATOR_WRITTEN, isContentResource } from './plan-budget/resources';
import type { Role } from './types';

/** Coordinators (MINFIN, SEGEPLAN) and admins run cycles and edit calendars. */
export const canCoordinate = (role: Role | undefined): boolean => role === 'coordinator' || role === 'admin';

/** Planners and directors write their own institution's plan and budget content. */
export const canPlan = (role: Role | undefined): boolean => role === 'planner' || role === 'director' || role === 'admin';

/** Resources whose create / edit views are for coordinators only. */
const COORDINATED_RESOURCES = ['cycles', 'calendar-templates'];

/** The institutions and the people who sign in: only coordinators and admins see them at all. */
const DIRECTORY_RESOURCES = ['institutions', 'users'];

/** Who writes a content resource: coordinators the ceilings and classifiers, planners the rest. */
const writesContent = (role: Role, resource: string): boolean => ((COORDINATOR_WRITTEN as readonly string[]).includes(resource) ? canCoordinate(role) : canPlan(role));

/**
 * The access rules behind authProvider.canAccess: react-admin uses them to guard the
 * routes and to show or hide the create, edit and delete buttons. The API checks again.
 */
export const canAccessResource = (role: Role | undefined, resource: string, action: string): boolean => {
  if (!role) return false;
  if (isContentResource(resource)) {
    if (action === 'list' || action === 'show' || action === 'export') return true;
    const appendOnly = (APPEND_ONLY as readonly string[]).includes(resource);
    if (action === 'create') return writesContent(role, resource);
    if (action === 'edit' || action === 'delete') return !appendOnly && writesContent(role, resource);
    return false;
  }
  // Workflow records are never deleted from the console (the API has no DELETE for them);
  // institutions and people are deactivated instead.
  if (action === 'delete') return false;
  if (DIRECTORY_RESOURCES.includes(resource)) return canCoordinate(role);
  if (action === 'create' || action === 'edit' || action === 'clone') {
    return COORDINATED_RESOURCES.includes(resource) && canCoordinate(role);
  }
  return true;
};
