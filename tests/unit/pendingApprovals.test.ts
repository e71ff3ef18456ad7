import { describe, expect, it } from 'vitest';
import { awaitingDecisionOf, awaitsDecisionBy } from '../../src/domain/pendingApprovals';
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

describe('awaitsDecisionBy', () => {
  it('when a submitted stage has no chain, then the authority of its own institution decides it, nobody else', () => {
    const standalone = { id: 's', status: 'submitted' as const, reviewLevel: 0, approvalChain: null, institutionId: 'civ' };
    expect(awaitsDecisionBy(standalone, { userId: 'm', role: 'authority', institutionId: 'civ' })).toBe(true);
    expect(awaitsDecisionBy(standalone, { userId: 'm', role: 'authority', institutionId: 'maga' })).toBe(false);
    expect(awaitsDecisionBy(standalone, { userId: 'd', role: 'director', institutionId: 'civ' })).toBe(false);
    expect(awaitsDecisionBy({ ...standalone, status: 'approved' as const }, { userId: 'm', role: 'authority', institutionId: 'civ' })).toBe(false);
  });

  it('when a stage has a chain, then the level under review says who decides', () => {
    expect(awaitsDecisionBy({ ...stages[1]!, institutionId: 'civ' }, { userId: 'm', role: 'authority', institutionId: 'civ' })).toBe(true);
    expect(awaitsDecisionBy({ ...stages[1]!, institutionId: 'civ' }, { userId: 'd', role: 'director', institutionId: 'civ' })).toBe(false);
  });
});
