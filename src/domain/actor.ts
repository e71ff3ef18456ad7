// Who acts on a stage: the signed-in user as the workflow needs to judge it.
export type Role = 'admin' | 'coordinator' | 'authority' | 'planner';

export interface Actor {
  userId: string;
  name: string;
  role: Role;
  institutionId: string | null;
}
