// Parallel review within a level (issue 22, item 3): a level of quorum 'all' waits on every one
// of its members; any one of them may return it; the inbox and the mails follow who is still due.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/actor';
import { decidersOf } from '../../src/domain/audience';
import { awaitingDecisionOf } from '../../src/domain/pendingApprovals';
import { StageApproval, StageRuleViolation, type StageParties } from '../../src/domain/stageRules';

const mspas = 'inst-mspas';
const segeplan = 'inst-segeplan';
const parties: StageParties = {
  ownerInstitutionId: mspas,
  submitterRole: 'planner',
  approvalChain: [
    { role: 'coordinator', institutionId: segeplan, quorum: 'all' },
    { role: 'authority', institutionId: mspas },
  ],
};
const analyst = (n: number): Actor => ({ userId: `a${n}`, name: `Analista ${n}`, role: 'coordinator', institutionId: segeplan });
const members = [1, 2, 3].map((n) => ({ userId: `a${n}`, name: `Analista ${n}` }));

function refusal(act: () => void): string {
  try {
    act();
  } catch (err) {
    if (err instanceof StageRuleViolation) return `${err.kind}: ${err.message}`;
    throw err;
  }
  throw new Error('expected a refusal');
}

function submitted() {
  const stage = new StageApproval(parties, undefined, true);
  stage.setMembers(0, members);
  stage.submit('p');
  return stage;
}

describe('parallel review', () => {
  it('when every member approves, then the level passes only after the last, each once', () => {
    const stage = submitted();
    stage.assertCanApprove(analyst(1));
    expect(stage.approve('a1')).toMatchObject({ status: 'in_review', reviewLevel: 0 });
    expect(refusal(() => stage.assertCanApprove(analyst(1)))).toBe('conflict: Ya aprobó el nivel 1; faltan: Analista 2, Analista 3');
    stage.approve('a2');
    expect(stage.pendingStep?.approvedBy).toEqual(['a1', 'a2']);
    expect(stage.approve('a3')).toMatchObject({ status: 'in_review', reviewLevel: 1 });
  });

  it('when someone of the role is not a member, then they may not decide the level', () => {
    const stage = submitted();
    expect(refusal(() => stage.assertCanApprove(analyst(9)))).toBe('forbidden: En el nivel 1 deciden Analista 1, Analista 2, Analista 3');
  });

  it('when one member returns the version, then the next version starts with no members nor approvals', () => {
    const stage = submitted();
    stage.approve('a1');
    stage.assertCanReturn(analyst(2), 'Falta el anexo');
    stage.returnForCorrection();
    expect(stage.approvalChain[0]).toEqual({ role: 'coordinator', institutionId: segeplan, quorum: 'all' });
  });

  it('when the inbox and the mails are read, then they name the members still due, and any one of the role where no member was set', () => {
    const stage = submitted();
    stage.approve('a1');
    const row = { id: 's1', ...stage.snapshot, approvalChain: stage.approvalChain };
    expect([1, 2, 3].map((n) => awaitingDecisionOf([row], { userId: `a${n}`, role: 'coordinator', institutionId: segeplan }).length)).toEqual([0, 1, 1]);
    expect(decidersOf(stage.pendingStep!)).toEqual([{ userId: 'a2' }, { userId: 'a3' }]);
    expect(decidersOf({ role: 'coordinator', institutionId: segeplan, quorum: 'all' })).toEqual([{ role: 'coordinator', institutionId: segeplan }]);
  });
});
