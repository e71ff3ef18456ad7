// Who hears of a stage event: roles of an institution, any coordinator, or one person.
import type { Role } from './actor';
import { membersStillToApprove, needsEveryMember, type ApprovalStep, type StageParties } from './stageRules';

export type AudienceMember = { role: Exclude<Role, 'admin'>; institutionId: string | null } | { userId: string };

export function decidersOf(step: ApprovalStep): AudienceMember[] {
  if (step.assignee) return [{ userId: step.assignee.userId }];
  if (needsEveryMember(step)) return membersStillToApprove(step).map((m) => ({ userId: m.userId }));
  return [{ role: step.role, institutionId: step.institutionId }];
}

/** The planning directorate of the stage's owner: planners and their director. */
export function submittersOf(parties: StageParties): AudienceMember[] {
  const roles: Exclude<Role, 'admin'>[] = parties.submitterRole === 'planner' ? ['planner', 'director'] : [parties.submitterRole];
  return roles.map((role) => ({ role, institutionId: parties.ownerInstitutionId }));
}

/** An indicator off track concerns the whole owner institution, up to its authority, and the coordinators who review it. */
export function offTrackAudience(parties: StageParties): AudienceMember[] {
  const owner: AudienceMember[] = (['planner', 'director', 'authority'] as const).map((role) => ({ role, institutionId: parties.ownerInstitutionId }));
  const coordinators = parties.approvalChain.filter((step) => step.role === 'coordinator').map((step) => ({ role: 'coordinator' as const, institutionId: step.institutionId }));
  return [...owner, ...(coordinators.length ? coordinators : [{ role: 'coordinator' as const, institutionId: null }])];
}

/** A rung of the escalation ladder: the owner's people, or any coordinator at the top. */
export function escalationRung(role: string, parties: StageParties): AudienceMember[] {
  const rung = role as Exclude<Role, 'admin'>;
  return [{ role: rung, institutionId: rung === 'coordinator' ? null : parties.ownerInstitutionId }];
}
