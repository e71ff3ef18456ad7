// Runs the Temporal dev server as a child process, persistent in a SQLite file, and waits for it.
// Its pid file lets the next start stop a server that a kill -9 of `npm start` left running.
import { spawn, type ChildProcess } from 'node:child_process';
import { Connection } from '@temporalio/client';
import { portAnswers, removePidFile, stopLeftover, writePidFile } from './leftoverProcesses';
import { waitFor } from './waitFor';

export class PortTakenError extends Error {}

export interface DevServer {
  address: string;
  /** The server's process (its own group), for a supervisor or a crash test. */
  pid: number;
  stop(): Promise<void>;
}

export async function startTemporalDevServer(opts: { cli: string; dbFile: string; port: number; uiPort: number; log?: (line: string) => void }): Promise<DevServer> {
  const pidFile = `${opts.dbFile}.pid`;
  await stopLeftover({ pidFile, mark: opts.dbFile, what: 'El servidor de desarrollo de Temporal', signals: [{ signal: 'SIGTERM', waitMs: 10_000 }], group: true, log: opts.log ?? (() => undefined) });
  for (const [port, variable] of [[opts.port, 'TEMPORAL_DEV_PORT'], [opts.uiPort, 'TEMPORAL_UI_PORT']] as const) {
    if (await portAnswers(port)) throw new PortTakenError(`El puerto ${port} de Temporal está ocupado por otro programa: deténgalo o elija otro con ${variable}`);
  }
  const args = ['server', 'start-dev', '--db-filename', opts.dbFile, '--ip', '127.0.0.1', '--port', String(opts.port), '--ui-port', String(opts.uiPort), '--log-level', 'error'];
  // Its own process group: Ctrl-C reaches Ciclo, which stops the server last, after the worker.
  const child = spawn(opts.cli, args, { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  writePidFile(pidFile, child.pid!);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve)).finally(() => removePidFile(pidFile));
  const address = `127.0.0.1:${opts.port}`;
  await waitFor('Temporal', async () => {
    if (child.exitCode !== null) throw new Error(`el servidor de Temporal terminó (código ${child.exitCode})`);
    const connection = await Connection.connect({ address, connectTimeout: 1000 });
    try {
      await connection.workflowService.getSystemInfo({});
    } finally {
      await connection.close();
    }
  }, 60_000, () => child.exitCode !== null);
  return { address, pid: child.pid!, stop: () => stopChild(child, exited) };
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the server has exited. */
export async function stopChild(child: ChildProcess, exited: Promise<unknown>, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
