// Explicit pg pool fields from a URL: Prisma's migrate code overrides `database` for its shadow
// database, which a `connectionString` would silently win over (see ../shared/PLATFORM.md).
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
    max: 5,
  };
}
