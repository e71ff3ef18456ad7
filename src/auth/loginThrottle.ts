// The rules of sign-in throttling, without a database: wrong passwords for one email from one
// client address earn growing delays (never a lock that a stranger elsewhere can hold on
// someone's account), and a per-address sliding window bounds how fast any address may try.

export interface LoginLimits {
  /** Wrong passwords in a row, for one email from one address, before the first delay. */
  maxFailures: number;
  /** The longest delay: they start at one minute and double up to this. */
  lockoutMinutes: number;
  /** Sign-in attempts one address may make in any minute. */
  perIpPerMinute: number;
}

export const defaultLoginLimits: LoginLimits = { maxFailures: 5, lockoutMinutes: 15, perIpPerMinute: 20 };

/** What is stored for one email and address: wrong passwords in a row, and the end of a delay. */
export interface FailureCount {
  failures: number;
  blockedUntil: Date | null;
}

/**
 * What an attempt may do: wait (no password is checked), or have its password checked as the
 * n-th in a row, with the delay that a wrong one leaves already decided (and stored before the
 * check, so that simultaneous attempts cannot race past it).
 */
export type AttemptVerdict = { kind: 'locked'; until: Date } | { kind: 'check'; failures: number; blockedUntil: Date | null };

/** The delay after the n-th wrong password in a row: none before maxFailures, then 1 minute doubling up to lockoutMinutes. */
export function delayAfterFailure(failures: number, limits: LoginLimits): number {
  if (failures < limits.maxFailures) return 0;
  return Math.min(limits.lockoutMinutes, 2 ** Math.min(failures - limits.maxFailures, 20)) * 60_000;
}

/** Judges an attempt from what is stored before it; a checked attempt counts as wrong until its password proves right. */
export function verdictFor(stored: FailureCount | null, now: Date, limits: LoginLimits): AttemptVerdict {
  if (stored?.blockedUntil && stored.blockedUntil > now) return { kind: 'locked', until: stored.blockedUntil };
  const failures = (stored?.failures ?? 0) + 1;
  const delay = delayAfterFailure(failures, limits);
  return { kind: 'check', failures, blockedUntil: delay > 0 ? new Date(now.getTime() + delay) : null };
}

/** Whole seconds until `until`, at least 1: the Retry-After header. */
export function retryAfterSeconds(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}

/** Forgets the least recently used key once a map holds more than maxKeys, so memory stays bounded. */
function touch<V>(map: Map<string, V>, key: string, value: V, maxKeys: number) {
  map.delete(key);
  map.set(key, value);
  if (map.size > maxKeys) map.delete(map.keys().next().value!);
}

/** At most `limit` attempts per key in any window of `windowMs`; refused attempts do not count. */
export class SlidingWindow {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Counts an attempt at `now` (ms), or says how many seconds to wait. */
  hit(key: string, now: number): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const recent = (this.hits.get(key) ?? []).filter((at) => at > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000)) };
    }
    recent.push(now);
    touch(this.hits, key, recent, this.maxKeys);
    return { allowed: true };
  }
}
