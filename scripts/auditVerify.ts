// `npm run audit:verify`: proves the audit trail's hash chain intact (exit 0) or names the first
// row that breaks it (exit 1), on the database `npm start` uses.
import { describeAuditTrail, verifyAuditTrail } from '../src/infra/auditTrail';
import { runOnDatabase } from './runOnDatabase';

await runOnDatabase(async (db) => {
  const verdict = await verifyAuditTrail(db);
  const summary = describeAuditTrail(verdict);
  if (verdict.intact) console.log(`[ciclo] ${summary}`);
  else console.error(`[ciclo] ${summary}`);
  process.exitCode = verdict.intact ? 0 : 1;
});
