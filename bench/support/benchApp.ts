// The real Express app on a free loopback port, for benches that read (the progress matrix, the
// console). No Temporal server runs: the app gets a client whose connection is lazy and points
// nowhere, which none of the routes measured here calls; mail goes to a port where nothing listens.
import { Client, Connection } from '@temporalio/client';
import { demoPassword } from '../../prisma/seed';
import { createApp } from '../../src/api/app';
import { serve } from '../../src/compositionRoot';
import { loadConfig } from '../../src/config/env';
import type { Database } from '../../src/db/prisma';
import { createMailer } from '../../src/mail/mailer';

export interface BenchApp {
  baseUrl: string;
  /** Signs in with the demo password and returns the bearer token. */
  login(email: string): Promise<string>;
  close(): Promise<void>;
}

export async function startBenchApp(db: Database, opts: { consoleDir?: string } = {}): Promise<BenchApp> {
  const temporal = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1' }) });
  const app = createApp({
    db,
    temporal,
    mailer: createMailer('smtp://127.0.0.1:9', 'bench@ciclo.test'),
    taskQueue: 'ciclo-bench',
    sessionTtlHours: 1,
    mailLinks: loadConfig({}).mailLinks,
    consoleDir: opts.consoleDir,
  });
  const { server, baseUrl } = await serve(app, 0, '127.0.0.1');
  return {
    baseUrl,
    async login(email) {
      const response = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: demoPassword }) });
      if (!response.ok) throw new Error(`login ${email}: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { token: string }).token;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await temporal.connection.close().catch(() => undefined);
    },
  };
}
