// Ciclo's parts as separate OS processes, for crash tests: the worker and the API run as
// `node --import tsx` children that can be killed -9 and started again; a child that dies on its
// own (e.g. while Temporal is down) is started again too, as a service manager would.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** A port free on loopback now (the OS picks it). */
export async function freePort(): Promise<number> {
  const [port] = await freePorts(1);
  return port!;
}

/** `count` distinct ports free on loopback now: each is held until all are picked, so none repeats. */
export async function freePorts(count: number): Promise<number[]> {
  const held = await Promise.all(
    Array.from({ length: count }, () => new Promise<Server>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(server));
    })),
  );
  const ports = held.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(held.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when the process is gone (killed -9 processes included). */
export async function waitForExit(pid: number, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await pause(50);
  }
  throw new Error(`el proceso ${pid} sigue vivo`);
}

export interface NodeService {
  readonly name: string;
  /** Times it died without being killed by the test (and was started again). */
  readonly unexpectedExits: number;
  /** The running process's id, if it runs. */
  readonly pid: number | undefined;
  start(): Promise<void>;
  /** kill -9, and no restart until start() is called. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The V8 heap limit `npm run worker` gives a worker process (README, Production notes), for the
 * workers that tests and benches start as processes of their own.
 */
export const workerNodeFlags = ['--max-old-space-size=256'];

/**
 * A TypeScript entry point run by Node in its own process; ready when `readyLine` shows on its
 * standard output. Its output goes to `logFile`.
 */
export function nodeService(opts: { name: string; entry: string; env: NodeJS.ProcessEnv; readyLine: RegExp; logFile: string; nodeFlags?: string[] }): NodeService {
  const log: WriteStream = createWriteStream(opts.logFile, { flags: 'a' });
  let child: ChildProcess | undefined;
  let wanted = false;
  let unexpectedExits = 0;

  const spawnOnce = () =>
    new Promise<boolean>((resolve) => {
      // Two malloc arenas, as npm start and npm run worker set them (README, Production notes).
      const started = spawn(process.execPath, [...(opts.nodeFlags ?? []), '--import', 'tsx', opts.entry], { cwd: projectRoot, env: { MALLOC_ARENA_MAX: '2', ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
      child = started;
      log.write(`--- ${new Date().toISOString()} inicio pid ${started.pid}\n`);
      let ready = false;
      started.stdout!.on('data', (chunk: Buffer) => {
        log.write(chunk);
        if (!ready && opts.readyLine.test(chunk.toString())) {
          ready = true;
          resolve(true);
        }
      });
      started.stderr!.on('data', (chunk: Buffer) => log.write(chunk));
      started.once('exit', (code, signal) => {
        log.write(`--- ${new Date().toISOString()} fin pid ${started.pid}: ${signal ?? code}\n`);
        if (child === started) child = undefined;
        if (!ready) resolve(false);
        else if (wanted) {
          // Died on its own: the supervisor starts it again.
          unexpectedExits += 1;
          void pause(1000).then(() => (wanted && !child ? service.start() : undefined));
        }
      });
    });

  const service: NodeService = {
    name: opts.name,
    get unexpectedExits() {
      return unexpectedExits;
    },
    get pid() {
      return child?.pid;
    },
    async start() {
      wanted = true;
      const until = Date.now() + 120_000;
      while (Date.now() < until) {
        if (await spawnOnce()) return;
        if (!wanted) return;
        unexpectedExits += 1;
        await pause(1000);
      }
      throw new Error(`${opts.name} no arrancó en 120 s (ver ${opts.logFile})`);
    },
    async kill9() {
      wanted = false;
      const pid = child?.pid;
      if (!pid) throw new Error(`${opts.name} no está en marcha`);
      process.kill(pid, 'SIGKILL');
      await waitForExit(pid);
    },
    async stop() {
      wanted = false;
      const pid = child?.pid;
      if (pid) {
        process.kill(pid, 'SIGKILL');
        await waitForExit(pid).catch(() => undefined);
      }
      log.end();
    },
  };
  return service;
}
