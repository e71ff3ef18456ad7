// Runs the Temporal dev server as a child process, persistent in a SQLite file, and waits for it.
import { spawn, type ChildProcess } from 'node:child_process';
import { Connection } from '@temporalio/client';
import { waitFor } from './waitFor';

export interface DevServer {
  address: string;
  /** The server's process (its own group), for a supervisor or a crash test. */
  pid: number;
  stop(): Promise<void>;
}

export async function startTemporalDevServer(opts: { cli: string; dbFile: string; port: number; uiPort: number }): Promise<DevServer> {
  const args = ['server', 'start-dev', '--db-filename', opts.dbFile, '--ip', '127.0.0.1', '--port', String(opts.port), '--ui-port', String(opts.uiPort), '--log-level', 'error'];
  // Its own process group: Ctrl-C reaches Ciclo, which stops the server last, after the worker.
  const child = spawn(opts.cli, args, { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
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

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
