import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/actor';
import { isSameOrLaterState, StageApproval, StageRuleViolation, type StageParties, type StageSnapshot } from '../../src/domain/stageRules';

const mspas = 'inst-mspas';
const segeplan = 'inst-segeplan';
const parties: StageParties = {
  ownerInstitutionId: mspas,
  submitterRole: 'planner',
  approvalChain: [
    { role: 'director', institutionId: mspas },
    { role: 'authority', institutionId: mspas },
    { role: 'coordinator', institutionId: segeplan },
  ],
};
const single: StageParties = { ...parties, approvalChain: [{ role: 'authority', institutionId: mspas }] };
const planner: Actor = { userId: 'p', name: 'Planificación', role: 'planner', institutionId: mspas };
const director: Actor = { userId: 'd', name: 'Director', role: 'director', institutionId: mspas };
const authority: Actor = { userId: 'a', name: 'Autoridad', role: 'authority', institutionId: mspas };
const otherAuthority: Actor = { ...authority, userId: 'x', institutionId: 'inst-mineduc' };
const segeplanCoordinator: Actor = { userId: 'c', name: 'SEGEPLAN', role: 'coordinator', institutionId: segeplan };
const minfinCoordinator: Actor = { userId: 'm', name: 'MINFIN', role: 'coordinator', institutionId: 'inst-minfin' };
const admin: Actor = { userId: 'ad', name: 'Admin', role: 'admin', institutionId: null };

function violation(act: () => void): StageRuleViolation {
  try {
    act();
  } catch (err) {
    if (err instanceof StageRuleViolation) return err;
    throw err;
  }
  throw new Error('expected a StageRuleViolation');
}

describe('StageApproval', () => {
  it('when every level of the chain approves in order, then the stage is approved', () => {
    const stage = new StageApproval(parties);
    stage.assertCanSubmit(planner);
    expect(stage.submit()).toEqual({ status: 'submitted', version: 1, overdue: false, reviewLevel: 0 });
    stage.assertCanApprove(director);
    expect(stage.approve()).toMatchObject({ status: 'in_review', reviewLevel: 1 });
    expect(violation(() => stage.assertCanApprove(director)).message).toBe('En el nivel 2 decide la autoridad');
    stage.assertCanApprove(authority);
    expect(stage.approve()).toMatchObject({ status: 'in_review', reviewLevel: 2 });
    expect(violation(() => stage.assertCanApprove(minfinCoordinator)).message).toBe('La etapa pertenece a otra institución');
    stage.assertCanApprove(segeplanCoordinator);
    expect(stage.approve()).toEqual({ status: 'approved', version: 1, overdue: false, reviewLevel: 2 });
    expect(stage.isApproved).toBe(true);
  });

  it('when a level returns it, then it goes back to draft as the next version and the chain starts over', () => {
    const stage = new StageApproval(parties);
    stage.submit();
    stage.approve();
    stage.assertCanReturn(authority, 'Falta la matriz de resultados');
    expect(stage.returnForCorrection()).toEqual({ status: 'draft', version: 2, overdue: false, reviewLevel: 0 });
    stage.assertCanSubmit(director);
  });

  it('when someone of another institution or role acts, then it is forbidden', () => {
    const stage = new StageApproval(single);
    expect(violation(() => stage.assertCanSubmit(authority)).kind).toBe('forbidden');
    expect(violation(() => stage.assertCanSubmit(segeplanCoordinator)).kind).toBe('forbidden');
    stage.submit();
    expect(violation(() => stage.assertCanApprove(otherAuthority))).toMatchObject({ kind: 'forbidden', message: 'La etapa pertenece a otra institución' });
    expect(violation(() => stage.assertCanApprove(planner)).kind).toBe('forbidden');
  });

  it('when the state does not allow the action, then it is a conflict', () => {
    const stage = new StageApproval(single);
    expect(violation(() => stage.assertCanApprove(authority))).toMatchObject({ kind: 'conflict', message: 'Solo se puede aprobar una etapa enviada (estado: draft)' });
    stage.submit();
    expect(violation(() => stage.assertCanSubmit(planner)).kind).toBe('conflict');
    expect(violation(() => stage.assertCanReturn(authority, '   ')).message).toBe('Una devolución necesita observaciones');
    stage.approve();
    expect(violation(() => stage.assertCanApprove(authority)).message).toBe('La etapa ya fue aprobada');
    expect(violation(() => stage.assertCanReturn(authority, 'tarde')).kind).toBe('conflict');
  });

  it('when an authority delegates its level, then only the delegate decides there', () => {
    const stage = new StageApproval(parties);
    stage.submit();
    stage.approve();
    expect(violation(() => stage.assertCanReassign(planner, 1)).kind).toBe('forbidden');
    stage.assertCanReassign(authority, 1);
    stage.reassign(1, { userId: 'vm', name: 'Viceministra' });
    expect(violation(() => stage.assertCanApprove(authority)).message).toBe('Este nivel fue delegado a Viceministra');
    stage.assertCanApprove({ userId: 'vm', name: 'Viceministra', role: 'authority', institutionId: mspas });
    expect(violation(() => stage.assertCanReassign(authority, 0)).message).toBe('El nivel 1 ya decidió');
  });

  it('when a deadline is extended, then only a coordinator may and only to a later date', () => {
    const stage = new StageApproval(single);
    const current = '2027-03-31T23:59:59.000Z';
    expect(violation(() => stage.assertCanExtend(authority, current, '2027-04-30T23:59:59.000Z')).kind).toBe('forbidden');
    expect(violation(() => stage.assertCanExtend(minfinCoordinator, current, '2027-03-01T00:00:00.000Z')).message).toBe('El nuevo plazo debe ser posterior al actual');
    stage.assertCanExtend(minfinCoordinator, current, '2027-04-30T23:59:59.000Z');
  });

  it('when an admin acts, then the institution does not matter', () => {
    const stage = new StageApproval(single);
    stage.assertCanSubmit(admin);
    stage.submit();
    stage.assertCanApprove(admin);
  });

  it('when resumed from a stored state, then it continues from there', () => {
    const stage = new StageApproval(parties, { status: 'in_review', version: 3, overdue: true, reviewLevel: 2 });
    stage.assertCanApprove(segeplanCoordinator);
    expect(stage.approve()).toEqual({ status: 'approved', version: 3, overdue: true, reviewLevel: 2 });
  });
});

describe('StageApproval with separation of duties', () => {
  const minfin = 'inst-minfin';
  const ceilings: StageParties = { ownerInstitutionId: minfin, submitterRole: 'coordinator', approvalChain: [{ role: 'coordinator', institutionId: minfin }] };
  const reviewer: Actor = { ...minfinCoordinator, userId: 'm2', name: 'Revisión MINFIN' };

  it('when a director submits, then the same director cannot decide level 1, another can', () => {
    const stage = new StageApproval(parties, undefined, true);
    stage.assertCanSubmit(director);
    stage.submit(director.userId);
    expect(violation(() => stage.assertCanApprove(director))).toMatchObject({ kind: 'forbidden', message: expect.stringContaining('Quien presentó esta versión') });
    expect(violation(() => stage.assertCanReturn(director, 'Falta algo')).kind).toBe('forbidden');
    stage.assertCanApprove({ ...director, userId: 'd2' });
  });

  it('when one coordinator submits a coordination stage, then a second one of the same office approves it', () => {
    const stage = new StageApproval(ceilings, undefined, true);
    stage.submit(minfinCoordinator.userId);
    expect(violation(() => stage.assertCanApprove(minfinCoordinator)).kind).toBe('forbidden');
    stage.assertCanApprove(reviewer);
    expect(stage.approve(reviewer.userId).status).toBe('approved');
  });

  it('when an admin decided a level, then the admin cannot decide the next', () => {
    const stage = new StageApproval(parties, undefined, true);
    stage.submit(planner.userId);
    stage.assertCanApprove(admin);
    stage.approve(admin.userId);
    expect(violation(() => stage.assertCanApprove(admin)).message).toMatch(/Ya decidió un nivel anterior/);
  });

  it('when a level is reassigned to the submitter, an earlier decider or the holder of another level, then it is refused', () => {
    const stage = new StageApproval(parties, undefined, true);
    stage.submit(planner.userId);
    stage.approve(director.userId);
    expect(violation(() => stage.assertCanReassign(authority, 1, planner.userId)).message).toMatch(/Quien presentó esta versión/);
    expect(violation(() => stage.assertCanReassign(authority, 1, director.userId)).message).toMatch(/ya decidió un nivel anterior/);
    stage.assertCanReassign(authority, 1, 'vm');
    stage.reassign(1, { userId: 'vm', name: 'Viceministra' });
    expect(violation(() => stage.assertCanReassign(segeplanCoordinator, 2, 'vm')).message).toMatch(/ya tiene delegado el nivel 2/);
  });

  it('when a version is returned, then its submitter may decide the next version someone else submitted', () => {
    const stage = new StageApproval(parties, undefined, true);
    stage.submit(director.userId);
    stage.returnForCorrection();
    stage.submit(planner.userId);
    stage.assertCanApprove(director);
  });

  it('when the rule is off (runs begun before it), then the submitter may still decide', () => {
    const stage = new StageApproval(parties);
    stage.submit(director.userId);
    stage.assertCanApprove(director);
  });
});

describe('StageApproval recall', () => {
  const colleague: Actor = { ...planner, userId: 'p2', name: 'Otra planificadora' };

  it('when the submitter recalls before any decision, then the stage is a draft of the next version and can be sent again', () => {
    const stage = new StageApproval(parties, undefined, true);
    stage.submit(planner.userId);
    stage.assertCanRecall(planner, 'Falta adjuntar el anexo');
    expect(stage.recall()).toEqual({ status: 'draft', version: 2, overdue: false, reviewLevel: 0 });
    expect(stage.pendingStep).toBeUndefined();
    stage.assertCanSubmit(planner);
    expect(stage.submit(planner.userId)).toMatchObject({ status: 'submitted', version: 2 });
  });

  it('when a level has already decided, then the recall is a conflict', () => {
    const stage = new StageApproval(parties, undefined, true);
    stage.submit(planner.userId);
    stage.approve(director.userId);
    const refused = violation(() => stage.assertCanRecall(planner, 'Me equivoqué'));
    expect([refused.kind, refused.message]).toEqual(['conflict', 'Ya hay una decisión sobre esta versión: no puede retirarse']);
  });

  it('when the stage is approved or still a draft, then there is nothing to recall', () => {
    const approved = new StageApproval(single, undefined, true);
    approved.submit(planner.userId);
    approved.approve(authority.userId);
    expect(violation(() => approved.assertCanRecall(planner, 'Tarde')).message).toBe('La etapa ya fue aprobada');
    const draft = new StageApproval(single);
    expect(violation(() => draft.assertCanRecall(planner, 'Nada')).kind).toBe('conflict');
  });

  it('when someone other than the submitter recalls, even of the same role and institution or an admin, then it is forbidden', () => {
    const stage = new StageApproval(parties);
    stage.submit(planner.userId);
    for (const other of [colleague, director, admin]) {
      const refused = violation(() => stage.assertCanRecall(other, 'Lo retiro yo'));
      expect([refused.kind, refused.message]).toEqual(['forbidden', 'Solo quien envió la versión puede retirarla']);
    }
  });

  it('when the comment is blank, then the recall is refused', () => {
    const stage = new StageApproval(single);
    stage.submit(planner.userId);
    expect(violation(() => stage.assertCanRecall(planner, '   ')).message).toBe('Retirar un envío necesita un comentario');
  });

  it('when the run never saw who submitted (started from a submitted snapshot), then nobody can recall', () => {
    const stage = new StageApproval(single, { status: 'submitted', version: 3, overdue: false, reviewLevel: 0 });
    expect(violation(() => stage.assertCanRecall(planner, 'Retiro')).message).toBe('No consta quién envió esta versión: no puede retirarse');
  });

  it('when a returned version is sent again by someone else, then only that new submitter may recall it', () => {
    const stage = new StageApproval(single, undefined, true);
    stage.submit(planner.userId);
    stage.returnForCorrection();
    stage.submit(colleague.userId);
    expect(violation(() => stage.assertCanRecall(planner, 'Retiro')).kind).toBe('forbidden');
    stage.assertCanRecall(colleague, 'Retiro');
  });
});

describe('isSameOrLaterState', () => {
  const at = (status: StageSnapshot['status'], version: number, reviewLevel: number) => ({ status, version, reviewLevel });

  it('when a stage moves forward, then each state is later than the one before, and a state is as late as itself', () => {
    const path = [at('draft', 1, 0), at('submitted', 1, 0), at('in_review', 1, 1), at('in_review', 1, 2), at('approved', 1, 2)];
    for (let i = 1; i < path.length; i += 1) {
      expect(isSameOrLaterState(path[i]!, path[i - 1]!), `${i}`).toBe(true);
      expect(isSameOrLaterState(path[i - 1]!, path[i]!), `${i}`).toBe(false);
    }
    expect(isSameOrLaterState(path[2]!, path[2]!)).toBe(true);
  });

  it('when a return or a recall opens a new version, then its draft is later than anything of the version before', () => {
    expect(isSameOrLaterState(at('draft', 2, 0), at('in_review', 1, 2))).toBe(true);
    expect(isSameOrLaterState(at('approved', 1, 2), at('draft', 2, 0))).toBe(false);
  });
});
