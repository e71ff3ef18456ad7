import { canCoordinate } from '../permissions';
import type { Role, Stage } from '../types';

type StageState = Pick<Stage, 'status' | 'reviewLevel' | 'approvalChain'>;

export const canSubmit = (role: Role | undefined, stage: Pick<Stage, 'status'>): boolean => (role === 'planner' || role === 'admin') && stage.status === 'draft';

/**
 * Approve / return: whoever holds the level of the approval chain under review (its role, and
 * its institution when known); admins always. A stage without a chain (the standalone demo
 * stages) is reviewed by its authority. The API decides in the end.
 */
export const canReview = (role: Role | undefined, stage: StageState, institutionId?: string | number | null, userId?: string): boolean => {
  if (stage.status !== 'submitted' && stage.status !== 'in_review') return false;
  if (role === 'admin') return true;
  const step = Array.isArray(stage.approvalChain) && typeof stage.reviewLevel === 'number' ? stage.approvalChain[stage.reviewLevel] : undefined;
  if (!step) return role === 'authority';
  // Parallel review: a level every member approves is offered to the members who have not yet.
  const members = step.quorum === 'all' && !step.assignee ? (step.members ?? []) : [];
  if (members.length > 0) return members.some((m) => m.userId === userId && !(step.approvedBy ?? []).includes(m.userId));
  return step.role === role && (institutionId == null || String(step.institutionId) === String(institutionId));
};

/** "Retirar envío": whoever sent the version, before any level decides; the API says who that is. */
export const canRecall = (stage: Pick<Stage, 'status' | 'recallable'>): boolean => stage.status === 'submitted' && stage.recallable === true;

/** "Prorrogar": coordinators and admins, any stage not yet approved. */
export const canExtend = (role: Role | undefined, stage: Pick<Stage, 'status'>): boolean => canCoordinate(role) && stage.status !== 'approved';

/** The spreadsheet upload: the institution's planning unit (planner, director) or an admin; the API decides in the end. */
export const canUploadWorkbook = (role: Role | undefined, stage: Pick<Stage, 'institutionId'>, institutionId?: string | number | null): boolean =>
  role === 'admin' || ((role === 'planner' || role === 'director') && institutionId != null && String(institutionId) === String(stage.institutionId));
