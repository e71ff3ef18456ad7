// Which stages await a given person's decision now: theirs by role and institution, or
// delegated to them by name. Used when an authority changes and hands over what is pending.
import { membersStillToApprove, needsEveryMember, type ApprovalStep, type StageStatus } from './stageRules';

export interface StageAwaiting {
  id: string;
  status: StageStatus;
  reviewLevel: number;
  approvalChain: ApprovalStep[] | null;
}

/** Whether the stage, as it stands, awaits this person's decision; a stage without a chain is its authority's. */
export function awaitsDecisionBy(stage: StageAwaiting & { institutionId: string }, person: { userId: string; role: string; institutionId: string | null }): boolean {
  const chain = stage.approvalChain ?? [{ role: 'authority' as const, institutionId: stage.institutionId }];
  return awaitingDecisionOf([{ ...stage, approvalChain: chain }], person).length > 0;
}

export function awaitingDecisionOf<T extends StageAwaiting>(stages: T[], person: { userId: string; role: string; institutionId: string | null }): T[] {
  return stages.filter((stage) => {
    if (stage.status !== 'submitted' && stage.status !== 'in_review') return false;
    const step = stage.approvalChain?.[stage.reviewLevel];
    if (!step) return false;
    if (step.assignee) return step.assignee.userId === person.userId;
    // A level every member approves awaits those of them who have not yet.
    if (needsEveryMember(step)) return membersStillToApprove(step).some((m) => m.userId === person.userId);
    return step.role === person.role && step.institutionId === person.institutionId;
  });
}
