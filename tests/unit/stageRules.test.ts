import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/actor';
import { StageApproval, StageRuleViolation } from '../../src/domain/stageRules';

const institution = 'inst-mspas';
const planner: Actor = { userId: 'p', name: 'Planificación', role: 'planner', institutionId: institution };
const authority: Actor = { userId: 'a', name: 'Autoridad', role: 'authority', institutionId: institution };
const otherAuthority: Actor = { ...authority, userId: 'x', institutionId: 'inst-mineduc' };
const coordinator: Actor = { userId: 'c', name: 'SEGEPLAN', role: 'coordinator', institutionId: 'inst-segeplan' };

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
  it('when a planner submits and the authority approves, then the stage is approved in version 1', () => {
    const stage = new StageApproval(institution);
    stage.assertCanSubmit(planner);
    stage.submit();
    stage.assertCanApprove(authority);
    expect(stage.approve()).toEqual({ status: 'approved', version: 1, overdue: false });
    expect(stage.isApproved).toBe(true);
  });

  it('when the authority returns it, then it goes back to draft as the next version', () => {
    const stage = new StageApproval(institution);
    stage.submit();
    stage.assertCanReturn(authority, 'Falta la matriz de resultados');
    expect(stage.returnForCorrection()).toEqual({ status: 'draft', version: 2, overdue: false });
    stage.assertCanSubmit(planner);
  });

  it('when someone of another institution acts, then it is forbidden', () => {
    const stage = new StageApproval(institution);
    stage.submit();
    expect(violation(() => stage.assertCanApprove(otherAuthority))).toMatchObject({ kind: 'forbidden', message: 'La etapa pertenece a otra institución' });
  });

  it('when a role outside the chain acts, then it is forbidden', () => {
    const stage = new StageApproval(institution);
    expect(violation(() => stage.assertCanSubmit(authority)).kind).toBe('forbidden');
    expect(violation(() => stage.assertCanSubmit(coordinator)).kind).toBe('forbidden');
    stage.submit();
    expect(violation(() => stage.assertCanApprove(planner)).kind).toBe('forbidden');
  });

  it('when the state does not allow the action, then it is a conflict', () => {
    const stage = new StageApproval(institution);
    expect(violation(() => stage.assertCanApprove(authority))).toMatchObject({ kind: 'conflict' });
    stage.submit();
    expect(violation(() => stage.assertCanSubmit(planner)).kind).toBe('conflict');
    expect(violation(() => stage.assertCanReturn(authority, '   ')).message).toBe('Una devolución necesita observaciones');
    stage.approve();
    expect(violation(() => stage.assertCanApprove(authority)).message).toBe('La etapa ya fue aprobada');
    expect(violation(() => stage.assertCanReturn(authority, 'tarde')).kind).toBe('conflict');
  });

  it('when an admin acts, then the institution does not matter', () => {
    const admin: Actor = { userId: 'ad', name: 'Admin', role: 'admin', institutionId: null };
    const stage = new StageApproval(institution);
    stage.assertCanSubmit(admin);
    stage.submit();
    stage.assertCanApprove(admin);
  });

  it('when resumed from a stored state, then it continues from there', () => {
    const stage = new StageApproval(institution, { status: 'submitted', version: 3, overdue: true });
    expect(stage.approve()).toEqual({ status: 'approved', version: 3, overdue: true });
  });
});
