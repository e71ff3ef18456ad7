import type { TranslateFunction } from 'react-admin';

/** "director@MSPAS" as "Director de planificación (MSPAS)". */
export const describeHolder = (heldBy: string, translate: TranslateFunction): string => {
  const at = heldBy.indexOf('@');
  const role = at >= 0 ? heldBy.slice(0, at) : heldBy;
  const institution = at >= 0 ? heldBy.slice(at + 1) : '';
  const roleName = translate(`ciclo.role.${role}`, { _: role });
  return institution ? `${roleName} (${institution})` : roleName;
};
