// The audit trail's hash chain, checked row by row: each row's hash covers its canonical text,
// which includes the previous row's hash. The database computes the same text and hash on insert
// (audit_event_canonical in prisma/migrations/20261124400000_audit_chain, extended by
// 20261203120000_audited_writes); the two must agree. Since 20261203130000_keyed_audit_chain the
// hash is an HMAC under a key kept outside the database; older rows keep their plain sha256.

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
  /** Whether `hash` is the keyed HMAC (every row since the key) or a plain sha256 (rows before it). */
  keyed: boolean;
  /** A change to data: the resource, its record and institution; absent on stage events. */
  entity?: string | null;
  entityId?: string | null;
  institutionId?: string | null;
  /** The `changes` column's text exactly as PostgreSQL prints the stored jsonb. */
  changesText?: string | null;
}

/** The two fingerprints of UTF-8 text, as lowercase hex; injected so this module stays free of Node built-ins. */
export interface ChainDigests {
  /** sha256, for rows written before the key. */
  plain: (text: string) => string;
  /** HMAC-SHA256 under the audit key. */
  keyed: (text: string) => string;
}

/** The last row verified so far; `chainStart` before the first. */
export interface ChainTip {
  seq: number;
  hash: string | null;
  /** Whether a keyed row has been seen: after one, every row must be keyed. */
  keyed: boolean;
}

export const chainStart: ChainTip = { seq: 0, hash: null, keyed: false };

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
export function canonicalAuditText(event: Omit<ChainedAuditEvent, 'hash' | 'keyed'>): string {
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
function dataChangeFields(event: Omit<ChainedAuditEvent, 'hash' | 'keyed'>): (string | null)[] {
  const fields = [event.entity ?? null, event.entityId ?? null, event.institutionId ?? null, event.changesText ?? null];
  return fields.some((f) => f !== null) ? fields : [];
}

const short = (hash: string | null) => (hash === null ? 'ninguno' : hash.slice(0, 12));

/** Why a row does not follow `tip`, or undefined when it does. */
export function chainBreakAt(event: ChainedAuditEvent, tip: ChainTip, digests: ChainDigests): string | undefined {
  if (event.seq !== tip.seq + 1) return `se esperaba el n.º ${tip.seq + 1}: faltan o sobran eventos antes de este`;
  if (event.prevHash !== tip.hash) return `no enlaza con el evento anterior (prevHash ${short(event.prevHash)} en lugar de ${short(tip.hash)})`;
  // Unkeyed rows are only the old ones, before the first keyed row: one after it was rehashed by someone without the key.
  if (tip.keyed && !event.keyed) return 'no está firmado con la clave de auditoría y sigue a eventos firmados: fue reescrito sin la clave';
  const text = canonicalAuditText(event);
  if (!event.keyed && digests.plain(text) !== event.hash) return 'su contenido no coincide con su huella: el evento fue alterado';
  if (event.keyed && digests.keyed(text) !== event.hash) return 'su contenido no coincide con su firma: el evento fue alterado, o la clave de auditoría no es la que lo firmó';
  return undefined;
}

/** Checks rows given in seq order, continuing from `tip` (so a long trail can go in batches). */
export function verifyAuditChain(events: Iterable<ChainedAuditEvent>, digests: ChainDigests, tip: ChainTip = chainStart): ChainVerdict {
  let checked = 0;
  let current = tip;
  for (const event of events) {
    const reason = chainBreakAt(event, current, digests);
    if (reason) return { intact: false, checked, broken: { id: event.id, seq: event.seq, reason } };
    current = { seq: event.seq, hash: event.hash, keyed: event.keyed };
    checked += 1;
  }
  return { intact: true, checked, tip: current };
}

/** A chain's head as `npm run audit:verify` prints it, to be kept apart and given back later. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export const formatChainHead = (head: ChainHead) => `${head.seq}:${head.hash}`;

/** `123:<64 hex>`, or undefined when the text is not a head. */
export function parseChainHead(text: string): ChainHead | undefined {
  const match = /^(\d{1,12}):([0-9a-f]{64})$/.exec(text.trim());
  return match ? { seq: Number(match[1]), hash: match[2]! } : undefined;
}

/**
 * Why an intact chain does not hold the head exported earlier, or undefined when it does: rows
 * cut from the end leave it short of that head; rows rewritten and rechained change its hash.
 * `hashAtExpected` is the stored hash of the row numbered like the expected head, if any.
 */
export function headMismatch(expected: ChainHead, tip: ChainTip, hashAtExpected: string | undefined): string | undefined {
  if (tip.seq < expected.seq) return `faltan eventos al final: el último es el n.º ${tip.seq} y la cabeza exportada es el n.º ${expected.seq}`;
  if (hashAtExpected !== expected.hash) return `el evento n.º ${expected.seq} no es el de la cabeza exportada (${short(hashAtExpected ?? null)} en lugar de ${short(expected.hash)}): la cadena fue reescrita`;
  return undefined;
}
