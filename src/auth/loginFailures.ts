// Wrong passwords as stored (LoginThrottle), per email and client address. Each attempt is judged
// and counted in one transaction holding the row, so simultaneous attempts queue: no more than
// LOGIN_MAX_FAILURES passwords are ever checked before the first delay.
import type { Database } from '../db/prisma';
import { verdictFor, type AttemptVerdict, type LoginLimits } from './loginThrottle';

/** Rows untouched this long are forgotten: the delays they held are long over. */
const forgetAfterMs = 24 * 3_600_000;
let lastSweep = 0;

export async function countAttempt(db: Database, email: string, address: string, now: Date, limits: LoginLimits): Promise<AttemptVerdict> {
  if (now.getTime() - lastSweep > 60_000) {
    lastSweep = now.getTime();
    await db.loginThrottle.deleteMany({ where: { updatedAt: { lt: new Date(now.getTime() - forgetAfterMs) } } });
  }
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "LoginThrottle" (email, address, failures, "updatedAt") VALUES (${email}, ${address}, 0, ${now}) ON CONFLICT DO NOTHING`;
    const [stored] = await tx.$queryRaw<{ failures: number; blockedUntil: Date | null }[]>`
      SELECT failures, "blockedUntil" FROM "LoginThrottle" WHERE email = ${email} AND address = ${address} FOR UPDATE`;
    const verdict = verdictFor(stored ?? null, now, limits);
    if (verdict.kind === 'check') {
      await tx.loginThrottle.update({ where: { email_address: { email, address } }, data: { failures: verdict.failures, blockedUntil: verdict.blockedUntil } });
    }
    return verdict;
  });
}

/** The right password: this address starts again from nothing for this email. */
export async function forgetFailures(db: Database, email: string, address: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { email, address } });
}

/** A new password set: every address starts again for this email. */
export async function forgetAllFailures(db: Database, email: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { email } });
}
