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

interface DevServerOptions {
  cli: string;
  dbFile: string;
  port: number;
  uiPort: number;
  log?: (line: string) => void;
}

// The server picks its other ports (HTTP, metrics, internal services) at random as it starts; on a
// busy machine one can be taken in between and the server exits at once. Such a start is retried.
const startAttempts = 3;

export async function startTemporalDevServer(opts: DevServerOptions): Promise<DevServer> {
  const log = opts.log ?? (() => undefined);
  const pidFile = `${opts.dbFile}.pid`;
  await stopLeftover({ pidFile, mark: opts.dbFile, what: 'El servidor de desarrollo de Temporal', signals: [{ signal: 'SIGTERM', waitMs: 10_000 }], group: true, log });
  for (let attempt = 1; ; attempt += 1) {
    for (const [port, variable] of [[opts.port, 'TEMPORAL_DEV_PORT'], [opts.uiPort, 'TEMPORAL_UI_PORT']] as const) {
      if (await portAnswers(port)) throw new PortTakenError(`El puerto ${port} de Temporal está ocupado por otro programa: deténgalo o elija otro con ${variable}`);
    }
    try {
      return await launch(opts, pidFile);
    } catch (err) {
      if (!(err instanceof ServerExitedError) || attempt === startAttempts) throw err;
      log(`${err.message}; nuevo intento (${attempt + 1} de ${startAttempts})`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

class ServerExitedError extends Error {}

async function launch(opts: DevServerOptions, pidFile: string): Promise<DevServer> {
  const args = ['server', 'start-dev', '--db-filename', opts.dbFile, '--ip', '127.0.0.1', '--port', String(opts.port), '--ui-port', String(opts.uiPort), '--log-level', 'error'];
  // Its own process group: Ctrl-C reaches Ciclo, which stops the server last, after the worker.
  // Its errors go straight to our stderr (not a pipe), so it outlives a kill -9 of `npm start`.
  const child = spawn(opts.cli, args, { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  writePidFile(pidFile, child.pid!);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve)).finally(() => removePidFile(pidFile));
  const address = `127.0.0.1:${opts.port}`;
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  try {
    await waitFor('Temporal', async () => {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await connection.workflowService.getSystemInfo({});
      } finally {
        await connection.close();
      }
    }, 60_000, gone);
  } catch (err) {
    if (gone()) throw new ServerExitedError(`El servidor de Temporal terminó al arrancar (${child.exitCode ?? child.signalCode}; su error está arriba)`);
    await stopChild(child, exited);
    throw err;
  }
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
