// Who approves a level of quorum 'all' (parallel review): the active people of its role at its
// institution, read when the level's turn comes in a version.
import type { Role } from '../domain/actor';
import type { ActivityDeps } from '.';

export function createLevelMemberActivities({ db }: Pick<ActivityDeps, 'db'>) {
  return {
    async levelMembers({ institutionId, role }: { institutionId: string; role: Exclude<Role, 'admin'> }): Promise<{ userId: string; name: string }[]> {
      const people = await db.user.findMany({ where: { institutionId, role, active: true }, select: { id: true, name: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
      return people.map((p) => ({ userId: p.id, name: p.name }));
    },
  };
}
