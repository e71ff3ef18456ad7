// Reads the stored audit trail in chain order, in batches, and checks its hash chain.
import { createHash } from 'node:crypto';
import type { Database } from '../db/prisma';
import { chainStart, verifyAuditChain, type ChainBreak, type ChainedAuditEvent, type ChainTip } from '../domain/auditChain';

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export type AuditTrailVerdict = { intact: true; count: number; tip: ChainTip } | { intact: false; count: number; broken: ChainBreak };

/** Verifies every audit row, stopping at the first that breaks the chain. */
export async function verifyAuditTrail(db: Database, batchSize = 1000): Promise<AuditTrailVerdict> {
  let tip = chainStart;
  let count = 0;
  for (;;) {
    // The first batch has no lower bound, so a row slipped in below seq 1 is seen too.
    const after = tip === chainStart ? null : tip.seq;
    // `changes` as PostgreSQL prints it, the text the trigger hashed (a parsed object would not do).
    const batch = await db.$queryRaw<ChainedAuditEvent[]>`
      SELECT "id", "seq", "eventKey", "stageId", "action", "actorId", "actorName", "comment", "reasonCode", "version", "at", "prevHash", "hash",
             "entity", "entityId", "institutionId", "changes"::text AS "changesText"
      FROM "AuditEvent" WHERE ${after}::int IS NULL OR "seq" > ${after}::int ORDER BY "seq" ASC LIMIT ${batchSize}`;
    const verdict = verifyAuditChain(batch, sha256Hex, tip);
    count += verdict.checked;
    if (!verdict.intact) return { intact: false, count, broken: verdict.broken };
    if (batch.length < batchSize) return { intact: true, count, tip: verdict.tip };
    tip = verdict.tip;
  }
}

/** The one-line summary `npm run audit:verify` prints. */
export function describeAuditTrail(verdict: AuditTrailVerdict): string {
  if (verdict.intact) {
    const last = verdict.tip.hash ? `; último hash ${verdict.tip.hash} (n.º ${verdict.tip.seq})` : '';
    return `Cadena de auditoría íntegra: ${verdict.count} eventos${last}`;
  }
  const { id, seq, reason } = verdict.broken;
  return `Cadena rota en el evento ${id} (n.º ${seq}): ${reason}. ${verdict.count} eventos anteriores están íntegros.`;
}
