// Who acts on a stage: the signed-in user as the workflow needs to judge it.
export const roles = ['admin', 'coordinator', 'director', 'authority', 'planner'] as const;
export type Role = (typeof roles)[number];

export interface Actor {
  userId: string;
  name: string;
  role: Role;
  institutionId: string | null;
}

/** A planning director may do what a planner does; an admin may do anything. */
export function actsAs(actor: Actor, role: Exclude<Role, 'admin'>): boolean {
  return actor.role === 'admin' || actor.role === role || (role === 'planner' && actor.role === 'director');
}
