// The real `npm start` as a person runs it, for end-to-end tests and benches: its own process
// group (a signal to the group is what Ctrl-C in a terminal sends), its output kept, a health
// wait, Ctrl-C and kill -9.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CicloPorts {
  PORT: number;
  TEMPORAL_DEV_PORT: number;
  TEMPORAL_UI_PORT: number;
  EMBEDDED_DB_PORT: number;
  SMTP_SINK_PORT: number;
}

/** A fresh DATA_DIR the postgres account can enter (as root the embedded server runs as it). */
export function freshDataDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

/** The environment of an embedded-defaults run: nothing external, these ports and data. */
export function embeddedDefaultsEnv(dataDir: string, ports: CicloPorts, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) };
  for (const name of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'SMTP_URL']) delete env[name];
  return { ...env, ...extra };
}

export class NpmStart {
  output = '';
  private child: ChildProcess | undefined;

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    readonly baseUrl: string,
  ) {}

  get running(): boolean {
    return this.child !== undefined;
  }

  start(): ChildProcess {
    const child = spawn('npm', ['start'], { env: this.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk) => (this.output += chunk));
    child.stderr!.on('data', (chunk) => (this.output += chunk));
    child.once('exit', () => {
      if (this.child === child) this.child = undefined;
    });
    this.child = child;
    return child;
  }

  /** Milliseconds until /api/health answers 200. */
  async waitHealthy(timeoutMs: number): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      try {
        const answer = await fetch(`${this.baseUrl}/api/health`);
        if (answer.status === 200) return Date.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`npm start no quedó sano en ${timeoutMs} ms. Salida:\n${this.output}`);
  }

  /** Ctrl-C: npm may end by the signal itself; what counts is that Ciclo stopped in order. */
  stop(): Promise<string> {
    return this.signal('SIGINT');
  }

  /** kill -9 of the whole group; what runs in groups of its own (the dev server, PostgreSQL) outlives it. */
  kill9(): Promise<string> {
    return this.signal('SIGKILL');
  }

  private async signal(signal: NodeJS.Signals): Promise<string> {
    const child = this.child;
    if (!child) return 'not running';
    const exited = new Promise<string>((resolve) => child.once('exit', (code, name) => resolve(name ?? String(code))));
    process.kill(-child.pid!, signal);
    return exited;
  }
}
