// Builds the Prisma client over node-postgres (Prisma's JS engine: no native binary needed).
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/client';
import { poolConfigFromUrl } from './poolConfig';

export type Database = PrismaClient;

/**
 * A client whose every connection carries the audit key as the session setting ciclo.audit_key:
 * the database's chain trigger signs each audit row with it and refuses rows without it. Set by a
 * parameterised query, so the key is in no connection string, log line or table.
 */
export function createDatabase(url: string, auditKey: string): Database {
  const pool = new pg.Pool(poolConfigFromUrl(url));
  pool.on('connect', (client) => {
    // Queued before any query of the connection's first borrower; a failure surfaces on that query.
    client.query(`SELECT set_config('ciclo.audit_key', $1, false)`, [auditKey]).catch(() => undefined);
  });
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}
