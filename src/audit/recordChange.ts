// One audit row per change to data, in the same hash-chained trail as the stages' events: who
// (id and name), what (entity and record, the institution it belongs to), how (before and after:
// the changed fields only for an update, the new record for a create, the old one for a delete, or
// an import's counts) and the comment. Called with the transaction of the write, so the write and
// its audit row land together or not at all.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../domain/actor';
import type { Prisma } from '../db/generated/client';

export type AuditedAction = 'created' | 'updated' | 'deleted' | 'imported' | 'started' | 'deadline_moved';

/** What writes the row: the client itself or an interactive transaction. */
export type AuditWriter = { auditEvent: Pick<Prisma.TransactionClient['auditEvent'], 'create'> };

export interface DataChange {
  actor: Pick<Actor, 'userId' | 'name'>;
  /** The resource: 'products', 'budget-lines', 'users', 'institutions', 'imports'... */
  entity: string;
  entityId: string;
  institutionId?: string | null;
  action: AuditedAction;
  before?: unknown;
  after?: unknown;
  /** An import's counts and summary, instead of before and after. */
  summary?: unknown;
  comment?: string | null;
  /** Makes a retried request write once (the same key is refused by its unique index). */
  eventKey?: string;
  at?: Date;
}

/** A value as plain JSON: dates as ISO strings, decimals as numbers, undefined left out. */
export function plainJson(value: unknown): Prisma.InputJsonValue | null {
  if (value === undefined || value === null) return null;
  return JSON.parse(
    // The holder's own value, as a Decimal's toJSON has already turned it into text by the time `v` comes.
    JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
      const own = this[key];
      if (own && typeof own === 'object' && 'toNumber' in own && typeof own.toNumber === 'function') return (own.toNumber as () => number)();
      if (typeof v === 'bigint') return Number(v);
      return v;
    }),
  ) as Prisma.InputJsonValue;
}

const ignoredFields = new Set(['updatedAt']);

/** Only the fields an update changed, each side with its own value. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const was = plainJson(before) as Record<string, unknown>;
  const is = plainJson(after) as Record<string, unknown>;
  const diff = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const key of new Set([...Object.keys(was), ...Object.keys(is)])) {
    if (ignoredFields.has(key) || JSON.stringify(was[key] ?? null) === JSON.stringify(is[key] ?? null)) continue;
    diff.before[key] = was[key] ?? null;
    diff.after[key] = is[key] ?? null;
  }
  return diff;
}

function changesOf(change: DataChange): Prisma.InputJsonValue {
  if (change.summary !== undefined) return { summary: plainJson(change.summary) };
  if (change.action === 'updated' && change.before && change.after) {
    return changedFields(change.before as Record<string, unknown>, change.after as Record<string, unknown>) as Prisma.InputJsonValue;
  }
  return { before: plainJson(change.before), after: plainJson(change.after) };
}

/**
 * Writes the audit row. With an eventKey already recorded (a retried request) it writes nothing;
 * pass one only outside a transaction, where the refused insert aborts nothing else.
 */
export async function recordChange(db: AuditWriter, change: DataChange): Promise<void> {
  await db.auditEvent
    .create({
    data: {
      eventKey: change.eventKey ?? `${change.entity}:${change.action}:${randomUUID()}`,
      action: change.action,
      actorId: change.actor.userId,
      actorName: change.actor.name,
      comment: change.comment ?? null,
      // A change to data has no stage version; 0 keeps the column's meaning for stage events.
      version: 0,
      at: change.at ?? new Date(),
      entity: change.entity,
      entityId: change.entityId,
      institutionId: change.institutionId ?? null,
      changes: changesOf(change),
    },
  })
    .catch((error: unknown) => {
      if (change.eventKey && (error as { code?: unknown }).code === 'P2002') return;
      throw error;
    });
}
