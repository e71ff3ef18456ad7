// `npm run audit:verify [-- --cabeza N:HASH]`: proves the audit trail's keyed hash chain intact
// (exit 0) and prints its head, or names the first row that breaks it (exit 1), on the database
// `npm start` uses. Given the head printed at an earlier check, it also fails when the trail no
// longer holds it: rows cut from the end, or the chain rewritten.
import { parseArgs } from 'node:util';
import { parseChainHead } from '../src/domain/auditChain';
import { describeAuditTrail, verifyAuditTrail } from '../src/infra/auditTrail';
import { runOnDatabase } from './runOnDatabase';

const { values } = parseArgs({ options: { cabeza: { type: 'string' } }, strict: true });
const expectedHead = values.cabeza === undefined ? undefined : parseChainHead(values.cabeza);
if (values.cabeza !== undefined && !expectedHead) {
  console.error('[ciclo] --cabeza debe tener la forma N:HASH, como la imprime npm run audit:verify (n.º de evento, dos puntos, 64 cifras hexadecimales)');
  process.exit(2);
}

await runOnDatabase(async (db, _url, key) => {
  const verdict = await verifyAuditTrail(db, { key, expectedHead });
  const summary = describeAuditTrail(verdict);
  if (verdict.intact) console.log(`[ciclo] ${summary}`);
  else console.error(`[ciclo] ${summary}`);
  process.exitCode = verdict.intact ? 0 : 1;
});
