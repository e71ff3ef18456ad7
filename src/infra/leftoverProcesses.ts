// What a kill -9 of `npm start` leaves behind: the processes it started in their own groups (the
// Temporal dev server, PostgreSQL) and the pid files naming them. The next start finds them by
// their pid file and stops them, so nobody has to hunt for a port by hand.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a process with this id exists (one of another user's counts too). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process's command line, empty when it is gone or unreadable (Linux's /proc; elsewhere empty). */
export function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** The pid on the first line of a pid file, if the file exists and holds one. */
export function pidInFile(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export function writePidFile(file: string, pid: number): void {
  writeFileSync(file, `${pid}\n`);
}

export function removePidFile(file: string): void {
  rmSync(file, { force: true });
}

/** Whether the promise settles within the time given (it is not cancelled otherwise). */
export function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  return Promise.race([promise.then(() => true, () => true), late]).finally(() => clearTimeout(timer));
}

/** Resolves true when the process is gone within the time given. */
export async function exitedWithin(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() >= until) return false;
    await pause(100);
  }
  return true;
}

/**
 * Stops a process left running by an earlier start, if the pid file names a live process whose
 * command line contains `mark` (a reused pid belongs to someone else and is left alone): first
 * the gentle signals, each given its time, then SIGKILL. Removes the pid file.
 */
export async function stopLeftover(opts: {
  pidFile: string;
  mark: string;
  what: string;
  signals: { signal: NodeJS.Signals; waitMs: number }[];
  /** Signal its whole process group (a server with helpers of its own), or only the process. */
  group: boolean;
  log: (line: string) => void;
}): Promise<void> {
  const pid = pidInFile(opts.pidFile);
  if (pid !== undefined && pid !== process.pid && isAlive(pid) && commandLineOf(pid).includes(opts.mark)) {
    opts.log(`${opts.what} quedó en marcha de una ejecución anterior (pid ${pid}): se detiene`);
    let gone = false;
    for (const { signal, waitMs } of opts.signals) {
      send(pid, signal, opts.group);
      if ((gone = await exitedWithin(pid, waitMs))) break;
    }
    if (!gone) {
      send(pid, 'SIGKILL', opts.group);
      await exitedWithin(pid, 5_000);
    }
  }
  removePidFile(opts.pidFile);
}

function send(pid: number, signal: NodeJS.Signals, group: boolean): void {
  try {
    process.kill(group ? -pid : pid, signal);
  } catch {
    // gone meanwhile, or not a group leader
    if (group) send(pid, signal, false);
  }
}

/** Whether something accepts TCP connections on this loopback port. */
export function portAnswers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(2000, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
