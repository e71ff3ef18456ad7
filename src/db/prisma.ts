// Builds the Prisma client over node-postgres (Prisma's JS engine: no native binary needed).
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/client';
import { poolConfigFromUrl } from './poolConfig';

export type Database = PrismaClient;

/**
 * A client whose every connection carries the audit key as the session setting ciclo.audit_key:
 * the database's chain trigger signs each audit row with it and refuses rows without it. Set by a
 * parameterised query before the pool hands the connection out (a failure there fails that
 * borrow), so the key is in no connection string, log line or table.
 */
export function createDatabase(url: string, auditKey: string): Database {
  const pool = new pg.Pool({
    ...poolConfigFromUrl(url),
    // pg-pool awaits the promise; @types/pg declares the hook as returning void.
    onConnect: (client) => client.query(`SELECT set_config('ciclo.audit_key', $1, false)`, [auditKey]) as unknown as void,
  });
  // Prisma waits 2 s by default for a connection to start a transaction in: on a busy machine (a
  // coordinator's matrix while fifty people work) that failed requests the pool would have served
  // a moment later.
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }), transactionOptions: { maxWait: 10_000, timeout: 15_000 } });
}
