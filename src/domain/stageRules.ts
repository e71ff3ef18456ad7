// The rules of one stage's approval: who may submit, approve or return it, and in which state.
// Pure and deterministic, so the workflow can run it and unit tests need no server.
import type { Actor } from './actor';

export type StageStatus = 'draft' | 'submitted' | 'approved';
export type StageAction = 'submit' | 'approve' | 'return';
export const returnReasonCodes = ['incomplete', 'inconsistent', 'other'] as const;
export type ReturnReasonCode = (typeof returnReasonCodes)[number];

export interface StageSnapshot {
  status: StageStatus;
  version: number;
  overdue: boolean;
}

/** A broken rule: `forbidden` when the actor may not act here, `conflict` when the state forbids it. */
export class StageRuleViolation extends Error {
  constructor(
    readonly kind: 'forbidden' | 'conflict',
    message: string,
  ) {
    super(message);
    this.name = 'StageRuleViolation';
  }
}

const submitters: readonly string[] = ['planner', 'admin'];
const approvers: readonly string[] = ['authority', 'admin'];

export class StageApproval {
  private state: StageSnapshot;

  constructor(
    private readonly institutionId: string,
    initial: StageSnapshot = { status: 'draft', version: 1, overdue: false },
  ) {
    this.state = { ...initial };
  }

  get snapshot(): StageSnapshot {
    return { ...this.state };
  }

  get isApproved(): boolean {
    return this.state.status === 'approved';
  }

  assertCanSubmit(actor: Actor): void {
    this.assertBelongs(actor, submitters, 'Solo la Dirección de Planificación de la institución puede enviar la etapa');
    if (this.state.status !== 'draft') {
      throw new StageRuleViolation('conflict', `La etapa no está en borrador (estado: ${this.state.status})`);
    }
  }

  assertCanApprove(actor: Actor): void {
    this.assertBelongs(actor, approvers, 'Solo la autoridad de la institución puede aprobar la etapa');
    this.assertSubmitted('aprobar');
  }

  assertCanReturn(actor: Actor, comment: string): void {
    this.assertBelongs(actor, approvers, 'Solo la autoridad de la institución puede devolver la etapa');
    this.assertSubmitted('devolver');
    if (comment.trim().length === 0) {
      throw new StageRuleViolation('conflict', 'Una devolución necesita observaciones');
    }
  }

  submit(): StageSnapshot {
    this.state.status = 'submitted';
    return this.snapshot;
  }

  approve(): StageSnapshot {
    this.state.status = 'approved';
    return this.snapshot;
  }

  /** A return sends the stage back to draft as a new version, to be corrected and sent again. */
  returnForCorrection(): StageSnapshot {
    this.state.status = 'draft';
    this.state.version += 1;
    return this.snapshot;
  }

  markOverdue(): StageSnapshot {
    this.state.overdue = true;
    return this.snapshot;
  }

  private assertBelongs(actor: Actor, roles: readonly string[], message: string): void {
    if (!roles.includes(actor.role)) throw new StageRuleViolation('forbidden', message);
    if (actor.role !== 'admin' && actor.institutionId !== this.institutionId) {
      throw new StageRuleViolation('forbidden', 'La etapa pertenece a otra institución');
    }
  }

  private assertSubmitted(verb: string): void {
    if (this.state.status === 'approved') {
      throw new StageRuleViolation('conflict', 'La etapa ya fue aprobada');
    }
    if (this.state.status !== 'submitted') {
      throw new StageRuleViolation('conflict', `Solo se puede ${verb} una etapa enviada (estado: ${this.state.status})`);
    }
  }
}
