// The rules of sign-in throttling, without a database: how many wrong passwords lock an account
// and for how long, a per-address sliding window, and an in-memory twin of User.failedLogins for
// emails with no account, so an unknown email is answered exactly like a known one.

export interface LoginLimits {
  /** Consecutive wrong passwords that lock an account. */
  maxFailures: number;
  lockoutMinutes: number;
  /** Sign-in attempts one address may make in any minute. */
  perIpPerMinute: number;
}

export const defaultLoginLimits: LoginLimits = { maxFailures: 5, lockoutMinutes: 15, perIpPerMinute: 20 };

/** An account's counter as stored: wrong passwords counted so far and the end of a lockout. */
export interface FailureCount {
  failedLogins: number;
  lockedUntil: Date | null;
}

/**
 * What a counted attempt may do: check the password (the n-th attempt), or be refused until a
 * time; `lockNow` when that lockout is not stored yet and the caller must store it.
 */
export type AttemptVerdict = { kind: 'check'; attempt: number } | { kind: 'locked'; until: Date; lockNow: boolean };

const lockoutEnd = (now: Date, limits: LoginLimits) => new Date(now.getTime() + limits.lockoutMinutes * 60_000);

/**
 * Judges an attempt from the counter as it stands right after this attempt was added to it.
 * Counting before checking is what keeps simultaneous attempts from racing past the limit: only
 * the first maxFailures of them get their password checked.
 */
export function verdictFor(counted: FailureCount, now: Date, limits: LoginLimits): AttemptVerdict {
  if (counted.lockedUntil && counted.lockedUntil > now) return { kind: 'locked', until: counted.lockedUntil, lockNow: false };
  // Past the limit with no lockout stored: raced with the attempt that is storing it, or that one
  // never finished. Storing it here too keeps the account from staying refused for ever.
  if (counted.failedLogins > limits.maxFailures) return { kind: 'locked', until: lockoutEnd(now, limits), lockNow: true };
  return { kind: 'check', attempt: counted.failedLogins };
}

/** After the n-th attempt's password was wrong: the end of the lockout it starts, or null. */
export function lockoutAfterFailure(attempt: number, now: Date, limits: LoginLimits): Date | null {
  return attempt >= limits.maxFailures ? lockoutEnd(now, limits) : null;
}

/** A lockout that has ended no longer counts: the next attempt starts from zero. */
export function lockoutEnded(count: FailureCount, now: Date): boolean {
  return count.lockedUntil !== null && count.lockedUntil <= now;
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

/** User.failedLogins and User.lockedUntil for emails that have no account, kept in memory. */
export class UnknownEmailFailures {
  private readonly counts = new Map<string, FailureCount>();

  constructor(private readonly maxKeys = 10_000) {}

  /** Adds an attempt, as the database does for an account, and returns the counter after it. */
  count(email: string, now: Date): FailureCount {
    const current = this.counts.get(email);
    const base = !current || lockoutEnded(current, now) ? { failedLogins: 0, lockedUntil: null } : current;
    const counted = { failedLogins: base.failedLogins + 1, lockedUntil: base.lockedUntil };
    touch(this.counts, email, counted, this.maxKeys);
    return counted;
  }

  lock(email: string, until: Date): void {
    const current = this.counts.get(email);
    if (current) current.lockedUntil = until;
  }
}
