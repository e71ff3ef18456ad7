// The rules of one stage's approval: who may submit it, who approves at each level of its
// chain, who may return, delegate or extend it, and in which state. Pure and deterministic, so
// the workflow can run it and unit tests need no server.
import { actsAs, type Actor, type Role } from './actor';

export const stageStatuses = ['draft', 'submitted', 'in_review', 'approved'] as const;
export type StageStatus = (typeof stageStatuses)[number];
export const returnReasonCodes = ['incomplete', 'inconsistent', 'other'] as const;
export type ReturnReasonCode = (typeof returnReasonCodes)[number];

/** One level of the approval chain, resolved to an institution (a coordinator's, or the owner's). */
export interface ApprovalStep {
  role: Exclude<Role, 'admin'>;
  institutionId: string;
  /** Set when the approval was delegated or reassigned to one person. */
  assignee?: { userId: string; name: string };
  /** Set on a level a template rule added for this version: its code and name. */
  addedBy?: { rule: string; name: string };
  /** 'all': every member must approve the level (any one of them may return it); by default any one decides. */
  quorum?: 'all';
  /** Who must approve a level of quorum 'all', set when the level's turn comes in a version. */
  members?: { userId: string; name: string }[];
  /** The members who approved the level in the version under review. */
  approvedBy?: string[];
}

/** Whether the level waits on every one of its members, not on any one person of its role. */
export const needsEveryMember = (step: ApprovalStep): boolean => step.quorum === 'all' && !step.assignee && (step.members?.length ?? 0) > 0;

/** The members of a level of quorum 'all' who have not approved it yet. */
export const membersStillToApprove = (step: ApprovalStep): { userId: string; name: string }[] => (step.members ?? []).filter((m) => !(step.approvedBy ?? []).includes(m.userId));

export interface StageParties {
  ownerInstitutionId: string;
  submitterRole: Exclude<Role, 'admin'>;
  approvalChain: ApprovalStep[];
}

export interface StageSnapshot {
  status: StageStatus;
  version: number;
  overdue: boolean;
  /** The level of the chain whose decision is awaited (0 after submit). */
  reviewLevel: number;
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

const roleNames: Record<ApprovalStep['role'], string> = {
  planner: 'la Dirección de Planificación',
  director: 'la dirección de planificación',
  authority: 'la autoridad',
  coordinator: 'el ente coordinador',
};

export const initialSnapshot: StageSnapshot = { status: 'draft', version: 1, overdue: false, reviewLevel: 0 };

const statusRank: Record<StageStatus, number> = { draft: 0, submitted: 1, in_review: 2, approved: 3 };
/** How far along a stage is: what orders its states. */
export type StageProgress = Pick<StageSnapshot, 'status' | 'version' | 'reviewLevel'>;

/**
 * Whether `later` is at least as far along as `earlier`: a stage only moves forward (a return or
 * a recall opens a new version), so version, then status, then level order its states.
 */
export function isSameOrLaterState(later: StageProgress, earlier: StageProgress): boolean {
  const key = (s: StageProgress) => [s.version, statusRank[s.status], s.reviewLevel] as const;
  const [a, b] = [key(later), key(earlier)];
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return true;
}

/**
 * Who has acted on the version under review: its submitter and whoever decided its earlier
 * levels. With separation of duties none of them decides a later level, nor receives one.
 */
interface VersionActors {
  submitterId?: string;
  deciderIds: string[];
}

export class StageApproval {
  private state: StageSnapshot;
  private readonly chain: ApprovalStep[];

  private actors: VersionActors = { deciderIds: [] };

  constructor(
    private readonly parties: StageParties,
    initial: StageSnapshot = initialSnapshot,
    /** Four eyes: nobody decides what they submitted, nor two levels of one version. */
    private readonly separateDuties = false,
  ) {
    this.state = { ...initial };
    this.chain = parties.approvalChain.map((step) => ({ ...step }));
  }

  get snapshot(): StageSnapshot {
    return { ...this.state };
  }

  get isApproved(): boolean {
    return this.state.status === 'approved';
  }

  /** The step whose decision is awaited, if the stage is in review. */
  get pendingStep(): ApprovalStep | undefined {
    return this.state.status === 'submitted' || this.state.status === 'in_review' ? this.chain[this.state.reviewLevel] : undefined;
  }

  get approvalChain(): ApprovalStep[] {
    return this.chain.map((step) => ({ ...step }));
  }

  assertCanSubmit(actor: Actor): void {
    if (!actsAs(actor, this.parties.submitterRole)) {
      throw new StageRuleViolation('forbidden', `Solo ${roleNames[this.parties.submitterRole]} de la institución puede enviar la etapa`);
    }
    this.assertInstitution(actor, this.parties.ownerInstitutionId);
    if (this.state.status !== 'draft') {
      throw new StageRuleViolation('conflict', `La etapa no está en borrador (estado: ${this.state.status})`);
    }
  }

  assertCanApprove(actor: Actor): void {
    this.assertDecider(actor, 'aprobar');
  }

  assertCanReturn(actor: Actor, comment: string): void {
    this.assertDecider(actor, 'devolver');
    if (comment.trim().length === 0) throw new StageRuleViolation('conflict', 'Una devolución necesita observaciones');
  }

  /**
   * Recall: the person who submitted this version withdraws it before any level decides. Only
   * that person: the workflow knows who submitted, and a colleague of the same role withdrawing
   * someone else's submission would be a decision about it.
   */
  assertCanRecall(actor: Actor, comment: string, version?: number): void {
    if (version !== undefined && version !== this.state.version) {
      throw new StageRuleViolation('conflict', `La etapa va en la versión ${this.state.version}, no en la ${version}: actualice la página`);
    }
    if (this.isApproved) throw new StageRuleViolation('conflict', 'La etapa ya fue aprobada');
    if (this.state.status === 'draft') throw new StageRuleViolation('conflict', 'La etapa no está enviada: no hay envío que retirar');
    if (this.state.status !== 'submitted' || this.actors.deciderIds.length > 0) {
      throw new StageRuleViolation('conflict', 'Ya hay una decisión sobre esta versión: no puede retirarse');
    }
    if (this.actors.submitterId === undefined) {
      // A run started from a submitted snapshot never saw the submission.
      throw new StageRuleViolation('conflict', 'No consta quién envió esta versión: no puede retirarse');
    }
    if (actor.userId !== this.actors.submitterId) throw new StageRuleViolation('forbidden', 'Solo quien envió la versión puede retirarla');
    if (comment.trim().length === 0) throw new StageRuleViolation('conflict', 'Retirar un envío necesita un comentario');
  }

  /** Delegation: the holder of a level (or a coordinator) hands its decision to one person. */
  assertCanReassign(actor: Actor, level: number, assigneeId?: string): void {
    const step = this.chain[level];
    if (!step) throw new StageRuleViolation('conflict', `La cadena de aprobación no tiene el nivel ${level + 1}`);
    if (this.isApproved) throw new StageRuleViolation('conflict', 'La etapa ya fue aprobada');
    if (level < this.state.reviewLevel && this.state.status !== 'draft') {
      throw new StageRuleViolation('conflict', `El nivel ${level + 1} ya decidió`);
    }
    const holder = actsAs(actor, step.role) && (actor.role === 'admin' || actor.institutionId === step.institutionId);
    if (!holder && actor.role !== 'coordinator') {
      throw new StageRuleViolation('forbidden', 'Solo quien aprueba ese nivel o un coordinador puede delegarlo');
    }
    if (this.separateDuties && assigneeId !== undefined) this.assertMayHoldLevel(assigneeId, level);
  }

  /** The person may hold the level: not the version's submitter, nor an earlier decider, nor the holder of another level. */
  private assertMayHoldLevel(userId: string, level: number): void {
    if (this.state.status !== 'draft' && userId === this.actors.submitterId) {
      throw new StageRuleViolation('forbidden', 'Quien presentó esta versión no puede decidir sobre ella: elija a otra persona');
    }
    if (this.state.status !== 'draft' && this.actors.deciderIds.includes(userId)) {
      throw new StageRuleViolation('forbidden', 'Esa persona ya decidió un nivel anterior de esta versión: elija a otra');
    }
    const other = this.chain.findIndex((step, index) => index !== level && step.assignee?.userId === userId);
    if (other >= 0) throw new StageRuleViolation('forbidden', `Esa persona ya tiene delegado el nivel ${other + 1}: nadie decide dos niveles de una misma cadena`);
  }

  assertCanExtend(actor: Actor, currentDeadline: string, newDeadline: string): void {
    if (actor.role !== 'coordinator' && actor.role !== 'admin') {
      throw new StageRuleViolation('forbidden', 'Solo un coordinador puede prorrogar un plazo');
    }
    if (this.isApproved) throw new StageRuleViolation('conflict', 'La etapa ya fue aprobada');
    if (Date.parse(newDeadline) <= Date.parse(currentDeadline)) {
      throw new StageRuleViolation('conflict', 'El nuevo plazo debe ser posterior al actual');
    }
  }

  submit(submitterId?: string): StageSnapshot {
    this.state = { ...this.state, status: 'submitted', reviewLevel: 0 };
    this.actors = { submitterId, deciderIds: [] };
    return this.snapshot;
  }

  /** One level approves: the next level reviews, or the stage is approved after the last. */
  approve(deciderId?: string): StageSnapshot {
    if (deciderId) this.actors.deciderIds.push(deciderId);
    const step = this.chain[this.state.reviewLevel];
    if (step && needsEveryMember(step) && deciderId) {
      const approvedBy = [...(step.approvedBy ?? []), deciderId];
      this.chain[this.state.reviewLevel] = { ...step, approvedBy };
      // The level waits on its other members: someone decided, so the stage is in review.
      if (membersStillToApprove(this.chain[this.state.reviewLevel]!).length > 0) {
        this.state = { ...this.state, status: 'in_review' };
        return this.snapshot;
      }
    }
    const next = this.state.reviewLevel + 1;
    this.state = next < this.chain.length ? { ...this.state, status: 'in_review', reviewLevel: next } : { ...this.state, status: 'approved' };
    return this.snapshot;
  }

  /** The members a level of quorum 'all' waits on in this version (none: any one of its role decides). */
  setMembers(level: number, members: { userId: string; name: string }[]): void {
    const step = this.chain[level];
    if (step) this.chain[level] = { ...step, members, approvedBy: [] };
  }

  /** Who has acted on the version under review: its submitter and the deciders so far. */
  get versionActors(): { submitterId?: string; deciderIds: string[] } {
    return { submitterId: this.actors.submitterId, deciderIds: [...this.actors.deciderIds] };
  }

  /**
   * A rule adds a reviewer level at the end of the chain, once per version: the version under
   * review then needs that level's approval too. False when the rule's level is already there.
   */
  addLevel(step: ApprovalStep): boolean {
    if (step.addedBy && this.chain.some((level) => level.addedBy?.rule === step.addedBy!.rule)) return false;
    this.chain.push({ ...step });
    return true;
  }

  /** A return sends the stage back to draft as a new version, to be corrected and sent again. */
  returnForCorrection(): StageSnapshot {
    this.state = { ...this.state, status: 'draft', version: this.state.version + 1, reviewLevel: 0 };
    this.actors = { deciderIds: [] };
    this.dropAddedLevels();
    return this.snapshot;
  }

  /** The levels rules added belonged to the version they judged: the next one is judged afresh. */
  private dropAddedLevels(): void {
    // A level's members and their approvals belonged to the version too.
    const kept = this.chain.filter((level) => !level.addedBy).map(({ members: _members, approvedBy: _approvedBy, ...level }) => level);
    this.chain.splice(0, this.chain.length, ...kept);
  }

  /**
   * A recall sends the stage back to draft as a new version, like a return: the withdrawn
   * version keeps its frozen snapshot, and the mails and links of that version stop applying.
   */
  recall(): StageSnapshot {
    this.state = { ...this.state, status: 'draft', version: this.state.version + 1, reviewLevel: 0 };
    this.actors = { deciderIds: [] };
    this.dropAddedLevels();
    return this.snapshot;
  }

  reassign(level: number, assignee: { userId: string; name: string }): void {
    this.chain[level] = { ...this.chain[level]!, assignee };
  }

  setOverdue(overdue: boolean): StageSnapshot {
    this.state = { ...this.state, overdue };
    return this.snapshot;
  }

  private assertDecider(actor: Actor, verb: string): void {
    if (this.isApproved) throw new StageRuleViolation('conflict', 'La etapa ya fue aprobada');
    const step = this.pendingStep;
    if (!step) throw new StageRuleViolation('conflict', `Solo se puede ${verb} una etapa enviada (estado: ${this.state.status})`);
    if (needsEveryMember(step) && actor.role !== 'admin') {
      const still = membersStillToApprove(step);
      if (!step.members!.some((m) => m.userId === actor.userId)) {
        throw new StageRuleViolation('forbidden', `En el nivel ${this.state.reviewLevel + 1} deciden ${step.members!.map((m) => m.name).join(', ')}`);
      }
      if (!still.some((m) => m.userId === actor.userId)) {
        throw new StageRuleViolation('conflict', `Ya aprobó el nivel ${this.state.reviewLevel + 1}; falta${still.length === 1 ? '' : 'n'}: ${still.map((m) => m.name).join(', ')}`);
      }
      return;
    }
    if (this.separateDuties && actor.userId === this.actors.submitterId) {
      throw new StageRuleViolation('forbidden', `Quien presentó esta versión no puede ${verb}la: decide otra persona`);
    }
    if (this.separateDuties && this.actors.deciderIds.includes(actor.userId)) {
      throw new StageRuleViolation('forbidden', `Ya decidió un nivel anterior de esta versión: el nivel ${this.state.reviewLevel + 1} lo decide otra persona`);
    }
    if (step.assignee) {
      if (actor.role !== 'admin' && actor.userId !== step.assignee.userId) {
        throw new StageRuleViolation('forbidden', `Este nivel fue delegado a ${step.assignee.name}`);
      }
      return;
    }
    if (!actsAs(actor, step.role) || actor.role === 'planner') {
      throw new StageRuleViolation('forbidden', `En el nivel ${this.state.reviewLevel + 1} decide ${roleNames[step.role]}`);
    }
    this.assertInstitution(actor, step.institutionId);
  }

  private assertInstitution(actor: Actor, institutionId: string): void {
    if (actor.role !== 'admin' && actor.institutionId !== institutionId) {
      throw new StageRuleViolation('forbidden', 'La etapa pertenece a otra institución');
    }
  }
}
