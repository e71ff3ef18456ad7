// Where the CPU goes while a bench runs: every process's user and system time from /proc, read
// before and after a phase and grouped (the bench's own process, the worker, PostgreSQL, Temporal),
// and how busy the whole machine was. Linux only, like the benches' memory figures.
import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports CPU times in clock ticks of 1/100 s (USER_HZ). */
const msPerTick = 10;

export interface CpuSnapshot {
  /** Each process's name and CPU time so far, in ms. */
  processes: Map<number, { name: string; cpuMs: number }>;
  /** The machine's busy time so far over all its CPUs (not idle, not waiting on I/O), in ms. */
  machineBusyMs: number;
  at: bigint;
}

/** A process's name and CPU time so far (user and system, from /proc/<pid>/stat), in ms. */
export function processStat(pid: string): { name: string; cpuMs: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name is in parentheses and may hold spaces; the fields after it are numbered from state.
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), cpuMs: (Number(fields[11]) + Number(fields[12])) * msPerTick };
  } catch {
    return undefined; // the process ended while /proc was read
  }
}

export function cpuSnapshot(): CpuSnapshot {
  const processes = new Map<number, { name: string; cpuMs: number }>();
  for (const pid of readdirSync('/proc')) {
    const stat = /^\d+$/.test(pid) ? processStat(pid) : undefined;
    if (stat) processes.set(Number(pid), stat);
  }
  const [, ...times] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).filter(Boolean);
  const ticks = times.map(Number);
  const machineBusyMs = (ticks.reduce((sum, t) => sum + t, 0) - ticks[3]! - ticks[4]!) * msPerTick;
  return { processes, machineBusyMs, at: process.hrtime.bigint() };
}

/**
 * CPU ms spent between two snapshots, by group: `groupOf` names a process's group from its id and
 * name. A process that started in between counts from zero; one that ended in between is lost.
 */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot, groupOf: (pid: number, name: string) => string) {
  const groups: Record<string, number> = {};
  for (const [pid, now] of after.processes) {
    const then = before.processes.get(pid);
    const spent = now.cpuMs - (then?.name === now.name ? then.cpuMs : 0);
    if (spent <= 0) continue;
    const group = groupOf(pid, now.name);
    groups[group] = (groups[group] ?? 0) + spent;
  }
  const seconds = Number(after.at - before.at) / 1e9;
  return { groups, busyCpus: (after.machineBusyMs - before.machineBusyMs) / 1000 / seconds, seconds };
}
