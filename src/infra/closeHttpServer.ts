// Stops an HTTP server within a bounded time: idle keep-alive connections (a console left open)
// close at once, requests under way get a grace period, and whatever is still open then is cut.
import type { Server } from 'node:http';
import { settlesWithin } from './leftoverProcesses';

export async function closeHttpServer(server: Server, graceMs: number, log: (line: string) => void): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  if (await settlesWithin(closed, graceMs)) return;
  const open = await new Promise<number>((resolve) => server.getConnections((_, count) => resolve(count ?? 0)));
  log(`${open} conexión(es) de la API seguían abiertas tras ${graceMs / 1000} s: se cortan`);
  server.closeAllConnections();
  await closed;
}
