// The audit trail's hash chain, checked row by row: each row's hash covers its canonical text,
// which includes the previous row's hash. The database computes the same text and hash on insert
// (audit_event_canonical in prisma/migrations/20261124400000_audit_chain, extended by
// 20261203120000_audited_writes); the two must agree.

/** An audit row as stored, with its place in the chain. */
export interface ChainedAuditEvent {
  id: string;
  seq: number;
  eventKey: string;
  stageId: string | null;
  action: string;
  actorId: string | null;
  actorName: string | null;
  comment: string | null;
  reasonCode: string | null;
  version: number;
  at: Date;
  prevHash: string | null;
  hash: string;
  /** A change to data: the resource, its record and institution; absent on stage events. */
  entity?: string | null;
  entityId?: string | null;
  institutionId?: string | null;
  /** The `changes` column's text exactly as PostgreSQL prints the stored jsonb. */
  changesText?: string | null;
}

/** sha256 of UTF-8 text, as lowercase hex; injected so this module stays free of Node built-ins. */
export type Sha256Hex = (text: string) => string;

/** The last row verified so far; `chainStart` before the first. */
export interface ChainTip {
  seq: number;
  hash: string | null;
}

export const chainStart: ChainTip = { seq: 0, hash: null };

export interface ChainBreak {
  id: string;
  seq: number;
  reason: string;
}

export type ChainVerdict = { intact: true; checked: number; tip: ChainTip } | { intact: false; checked: number; broken: ChainBreak };

/**
 * The text a row's hash covers: a JSON array of its fields in a fixed order, nulls explicit,
 * `at` as ISO UTC with milliseconds. No whitespace, strings escaped as JSON.stringify does. A
 * change to data appends entity, entityId, institutionId and the stored text of `changes`.
 */
export function canonicalAuditText(event: Omit<ChainedAuditEvent, 'hash'>): string {
  return JSON.stringify([
    event.seq,
    event.id,
    event.eventKey,
    event.stageId,
    event.action,
    event.actorId,
    event.actorName,
    event.comment,
    event.reasonCode,
    event.version,
    event.at.toISOString(),
    event.prevHash,
    ...dataChangeFields(event),
  ]);
}

/**
 * The fields of a change to data, appended only when one is set: a row without them (stage
 * events, and every row written before they existed) keeps the twelve-field text it was hashed with.
 */
function dataChangeFields(event: Omit<ChainedAuditEvent, 'hash'>): (string | null)[] {
  const fields = [event.entity ?? null, event.entityId ?? null, event.institutionId ?? null, event.changesText ?? null];
  return fields.some((f) => f !== null) ? fields : [];
}

const short = (hash: string | null) => (hash === null ? 'ninguno' : hash.slice(0, 12));

/** Why a row does not follow `tip`, or undefined when it does. */
export function chainBreakAt(event: ChainedAuditEvent, tip: ChainTip, sha256Hex: Sha256Hex): string | undefined {
  if (event.seq !== tip.seq + 1) return `se esperaba el n.º ${tip.seq + 1}: faltan o sobran eventos antes de este`;
  if (event.prevHash !== tip.hash) return `no enlaza con el evento anterior (prevHash ${short(event.prevHash)} en lugar de ${short(tip.hash)})`;
  if (sha256Hex(canonicalAuditText(event)) !== event.hash) return 'su contenido no coincide con su huella: el evento fue alterado';
  return undefined;
}

/** Checks rows given in seq order, continuing from `tip` (so a long trail can go in batches). */
export function verifyAuditChain(events: Iterable<ChainedAuditEvent>, sha256Hex: Sha256Hex, tip: ChainTip = chainStart): ChainVerdict {
  let checked = 0;
  let current = tip;
  for (const event of events) {
    const reason = chainBreakAt(event, current, sha256Hex);
    if (reason) return { intact: false, checked, broken: { id: event.id, seq: event.seq, reason } };
    current = { seq: event.seq, hash: event.hash };
    checked += 1;
  }
  return { intact: true, checked, tip: current };
}
