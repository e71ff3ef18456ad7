import { describe, expect, it } from 'vitest';
import { awaitingDecisionOf } from '../../src/domain/pendingApprovals';
import type { ApprovalStep } from '../../src/domain/stageRules';

const chain: ApprovalStep[] = [
  { role: 'director', institutionId: 'civ' },
  { role: 'authority', institutionId: 'civ' },
];
const stages = [
  { id: 'at-director', status: 'submitted' as const, reviewLevel: 0, approvalChain: chain },
  { id: 'at-authority', status: 'in_review' as const, reviewLevel: 1, approvalChain: chain },
  { id: 'draft', status: 'draft' as const, reviewLevel: 0, approvalChain: chain },
  { id: 'delegated', status: 'in_review' as const, reviewLevel: 1, approvalChain: [chain[0]!, { ...chain[1]!, assignee: { userId: 'vice', name: 'Vice' } }] },
  { id: 'other', status: 'in_review' as const, reviewLevel: 1, approvalChain: [chain[0]!, { role: 'authority' as const, institutionId: 'maga' }] },
];

describe('awaitingDecisionOf', () => {
  it('when an authority leaves, then only the stages awaiting their level in their institution are theirs', () => {
    expect(awaitingDecisionOf(stages, { userId: 'minister', role: 'authority', institutionId: 'civ' }).map((s) => s.id)).toEqual(['at-authority']);
  });

  it('when a level was delegated by name, then it awaits that person only', () => {
    expect(awaitingDecisionOf(stages, { userId: 'vice', role: 'authority', institutionId: 'civ' }).map((s) => s.id)).toEqual(['at-authority', 'delegated']);
    expect(awaitingDecisionOf(stages, { userId: 'd', role: 'director', institutionId: 'civ' }).map((s) => s.id)).toEqual(['at-director']);
  });
});
