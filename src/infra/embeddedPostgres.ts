// The default database: PGlite (PostgreSQL in WebAssembly) persisted in a folder and served on
// loopback over the PostgreSQL wire protocol, so Prisma talks to it like to any server.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(opts: { dataDir: string; port: number }): Promise<EmbeddedPostgres> {
  const db = await PGlite.create(opts.dataDir);
  // PGlite serves one query at a time; many connections are still needed for Prisma's pool.
  const server = new PGLiteSocketServer({ db, port: opts.port, host: '127.0.0.1', maxConnections: 50 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${opts.port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
