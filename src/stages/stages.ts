// The stages' use cases: what a person sees of the stages, and the actions they send to a stage's
// workflow (submit, approve, return, recall, extend, reassign). The API's routes parse, call these
// and present; a refusal is a Refusal, which the API maps to HTTP.
import type { Client } from '@temporalio/client';
import { institutionScope, type SessionUser } from '../auth/sessions';
import type { Database } from '../db/prisma';
import type { Prisma } from '../db/generated/client';
import type { Actor } from '../domain/actor';
import { awaitingDecisionOf } from '../domain/pendingApprovals';
import { Refusal } from '../domain/refusal';
import type { ApprovalStep, StageStatus } from '../domain/stageRules';
import { actOnStage, extendStageDeadline, reassignStageApprover, type StageActionName } from '../workflowClient/stageWorkflows';

const withInstitution = { institution: true, cycle: true } as const;
/** A stage with what its presentation names: its institution and its cycle's year. */
export type StageWithInstitution = Prisma.StageGetPayload<{ include: typeof withInstitution }>;

export interface StageFilter {
  id?: string | string[];
  cycleId?: string;
  institutionId?: string;
  status?: StageStatus;
  overdue?: boolean;
  /** Only those awaiting the reader's decision (true), or only the others (false). */
  awaitingMe?: boolean;
}

/** The stages the person sees that match the filter, a page of them and how many in all. */
export async function listStages(db: Database, user: SessionUser, filter: StageFilter, orderBy: Prisma.StageOrderByWithRelationInput, skip: number, take: number) {
  const scope = institutionScope(user);
  const idCondition: { in?: string[]; notIn?: string[] } = {};
  if (filter.id) idCondition.in = ([] as string[]).concat(filter.id);
  if (filter.awaitingMe !== undefined) {
    // The approval chain is JSON: whom a stage awaits is judged in code (domain/pendingApprovals), then filtered by id.
    const awaiting = await awaitingDecisionIds(db, user, scope);
    if (!filter.awaitingMe) idCondition.notIn = awaiting;
    else idCondition.in = idCondition.in ? idCondition.in.filter((id) => awaiting.includes(id)) : awaiting;
  }
  const where = {
    ...(Object.keys(idCondition).length ? { id: idCondition } : {}),
    ...(filter.cycleId ? { cycleId: filter.cycleId } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.overdue !== undefined ? { overdue: filter.overdue } : {}),
    ...(filter.institutionId ? { institutionId: filter.institutionId } : {}),
    ...(scope !== undefined ? { institutionId: scope } : {}),
  };
  const [rows, total] = await Promise.all([
    db.stage.findMany({ where, include: withInstitution, orderBy: [orderBy, { id: 'asc' }], skip, take }),
    db.stage.count({ where }),
  ]);
  return { rows, total };
}

/** The ids of the stages, among those the user sees, whose awaited decision is theirs. */
async function awaitingDecisionIds(db: Database, user: SessionUser, scope: string | undefined): Promise<string[]> {
  const open = await db.stage.findMany({
    where: { status: { in: ['submitted', 'in_review'] }, ...(scope !== undefined ? { institutionId: scope } : {}) },
    select: { id: true, status: true, reviewLevel: true, approvalChain: true },
  });
  const person = { userId: user.userId, role: user.role, institutionId: user.institutionId };
  return awaitingDecisionOf(open.map((s) => ({ ...s, approvalChain: s.approvalChain as ApprovalStep[] | null })), person).map((s) => s.id);
}

/** The stage, if the user may see it: not found when there is none, forbidden when it is another institution's. */
export async function findVisibleStage(db: Database, id: string, user: SessionUser): Promise<StageWithInstitution> {
  const stage = await db.stage.findUnique({ where: { id }, include: withInstitution });
  if (!stage) throw new Refusal('not_found', 'La etapa no existe');
  const scope = institutionScope(user);
  if (scope !== undefined && stage.institutionId !== scope) throw new Refusal('forbidden', 'La etapa pertenece a otra institución');
  return stage;
}

/** The stage as it stands now (after an action). */
export const readStage = (db: Database, id: string): Promise<StageWithInstitution> => db.stage.findUniqueOrThrow({ where: { id }, include: withInstitution });

/**
 * Whether the reader sent the version awaiting its first decision, so the console offers them
 * "Retirar envío". The audit trail says who sent it; the workflow decides.
 */
export async function sentByReader(db: Database, stage: StageWithInstitution, user: SessionUser): Promise<boolean> {
  if (stage.status !== 'submitted') return false;
  const sent = await db.auditEvent.findFirst({ where: { stageId: stage.id, action: 'submitted', version: stage.version }, orderBy: { at: 'desc' }, select: { actorId: true } });
  return sent?.actorId === user.userId;
}

/** Submit, approve, return or recall: an Update to the stage's workflow, then the stage as it stands. */
export async function actOnVisibleStage(db: Database, temporal: Client, user: SessionUser, actor: Actor, id: string, action: StageActionName, details: object, updateId?: string) {
  const stage = await findVisibleStage(db, id, user);
  await actOnStage(temporal, stage.workflowId, action, { actor, ...details } as never, updateId);
  return readStage(db, stage.id);
}

/** A coordinator extends the stage's deadline; the stage as it stands then. */
export async function extendVisibleStage(db: Database, temporal: Client, user: SessionUser, actor: Actor, id: string, change: { newDeadline: string; comment: string }, updateId?: string) {
  const stage = await findVisibleStage(db, id, user);
  await extendStageDeadline(temporal, stage.workflowId, { actor, newDeadline: new Date(change.newDeadline).toISOString(), comment: change.comment }, updateId);
  return readStage(db, stage.id);
}

/**
 * Delegates a level of the stage's approval chain to one person of the institution that decides it
 * (the mail to them carries approve links); the stage and its chain as the workflow now has it.
 */
export async function reassignVisibleStage(db: Database, temporal: Client, user: SessionUser, actor: Actor, id: string, change: { level: number; userId: string; comment?: string }, updateId?: string) {
  const stage = await findVisibleStage(db, id, user);
  const assignee = await db.user.findUnique({ where: { id: change.userId } });
  if (!assignee) throw new Refusal('rejected', 'La persona indicada no existe', { userId: 'no existe' });
  const decidingInstitution = ((stage.approvalChain as ApprovalStep[] | null) ?? [{ institutionId: stage.institutionId }])[change.level]?.institutionId;
  if (decidingInstitution && assignee.institutionId !== decidingInstitution) throw new Refusal('rejected', 'Solo se delega dentro de la misma institución', { userId: 'es de otra institución' });
  const state = await reassignStageApprover(temporal, stage.workflowId, { actor, level: change.level, assignee: { userId: assignee.id, name: assignee.name }, comment: change.comment }, updateId);
  return { stage, approvalChain: state.approvalChain };
}
