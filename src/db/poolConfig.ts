// Explicit pg pool fields from a URL: Prisma's migrate code (6.19 with @prisma/adapter-pg 7)
// overrides `database` for its shadow database, which a `connectionString` would silently win over.
import { parse } from 'pg-connection-string';
import type { PoolConfig } from 'pg';

export function poolConfigFromUrl(url: string): PoolConfig {
  const parsed = parse(url);
  return {
    host: parsed.host ?? '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 5432,
    user: parsed.user ?? undefined,
    password: parsed.password ?? undefined,
    database: parsed.database ?? undefined,
    max: connectionLimit(url),
  };
}

/**
 * Connections per process: the URL's connection_limit (Prisma's own parameter), else 10. Five
 * held up a worker answering twenty stage actions at once, each writing from its workflow task.
 */
function connectionLimit(url: string): number {
  const given = new URL(url).searchParams.get('connection_limit');
  if (given === null) return 10;
  const limit = Number(given);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new Error(`connection_limit=${given} en DATABASE_URL: debe ser un entero entre 1 y 500`);
  return limit;
}
