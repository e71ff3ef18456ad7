// Reads the stored audit trail in chain order, in batches, and checks its hash chain with the
// audit key, and, when given one, against a head exported earlier (which a cut tail cannot match).
import { createHash, createHmac } from 'node:crypto';
import type { Database } from '../db/prisma';
import { chainStart, headMismatch, verifyAuditChain, type ChainBreak, type ChainDigests, type ChainedAuditEvent, type ChainHead, type ChainTip } from '../domain/auditChain';

export const auditDigests = (key: string): ChainDigests => ({
  plain: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
  keyed: (text) => createHmac('sha256', Buffer.from(key, 'utf8')).update(text, 'utf8').digest('hex'),
});

export type AuditTrailVerdict =
  | { intact: true; count: number; unkeyed: number; tip: ChainTip }
  | { intact: false; count: number; broken: ChainBreak }
  | { intact: false; count: number; headMismatch: string; tip: ChainTip };

export interface VerifyOptions {
  key: string;
  /** The head exported at an earlier check; the trail must still hold it. */
  expectedHead?: ChainHead;
  batchSize?: number;
}

/** Verifies every audit row, stopping at the first that breaks the chain. */
export async function verifyAuditTrail(db: Database, { key, expectedHead, batchSize = 1000 }: VerifyOptions): Promise<AuditTrailVerdict> {
  const digests = auditDigests(key);
  let tip = chainStart;
  let count = 0;
  let unkeyed = 0;
  let hashAtExpected: string | undefined;
  for (;;) {
    // The first batch has no lower bound, so a row slipped in below seq 1 is seen too.
    const after = tip === chainStart ? null : tip.seq;
    // `changes` as PostgreSQL prints it, the text the trigger hashed (a parsed object would not do).
    const batch = await db.$queryRaw<ChainedAuditEvent[]>`
      SELECT "id", "seq", "eventKey", "stageId", "action", "actorId", "actorName", "comment", "reasonCode", "version", "at", "prevHash", "hash", "keyed",
             "entity", "entityId", "institutionId", "changes"::text AS "changesText"
      FROM "AuditEvent" WHERE ${after}::int IS NULL OR "seq" > ${after}::int ORDER BY "seq" ASC LIMIT ${batchSize}`;
    const verdict = verifyAuditChain(batch, digests, tip);
    count += verdict.checked;
    if (!verdict.intact) return { intact: false, count, broken: verdict.broken };
    unkeyed += batch.filter((event) => !event.keyed).length;
    hashAtExpected ??= batch.find((event) => event.seq === expectedHead?.seq)?.hash;
    tip = verdict.tip;
    if (batch.length < batchSize) break;
  }
  const mismatch = expectedHead && headMismatch(expectedHead, tip, hashAtExpected);
  if (mismatch) return { intact: false, count, headMismatch: mismatch, tip };
  return { intact: true, count, unkeyed, tip };
}

/** The lines `npm run audit:verify` prints. */
export function describeAuditTrail(verdict: AuditTrailVerdict): string {
  if ('broken' in verdict) {
    const { id, seq, reason } = verdict.broken;
    return `Cadena rota en el evento ${id} (n.º ${seq}): ${reason}. ${verdict.count} eventos anteriores están íntegros.`;
  }
  if ('headMismatch' in verdict) return `La cadena no contiene la cabeza exportada: ${verdict.headMismatch}.`;
  const legacy = verdict.unkeyed > 0 ? `, ${verdict.unkeyed} de ellos anteriores a la firma con clave` : '';
  const head = verdict.tip.hash ? `\nCabeza: ${verdict.tip.seq}:${verdict.tip.hash} (guárdela fuera del servidor y compruébela con npm run audit:verify -- --cabeza ${verdict.tip.seq}:${verdict.tip.hash})` : '';
  return `Cadena de auditoría íntegra: ${verdict.count} eventos${legacy}${head}`;
}
