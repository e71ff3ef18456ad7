import { describe, expect, it } from 'vitest';
import {
  defaultLoginLimits,
  lockoutAfterFailure,
  retryAfterSeconds,
  SlidingWindow,
  UnknownEmailFailures,
  verdictFor,
} from '../../src/auth/loginThrottle';

const now = new Date('2028-03-02T15:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const limits = defaultLoginLimits;

describe('verdictFor', () => {
  it('when the attempt is within the limit, then its password is checked', () => {
    expect(verdictFor({ failedLogins: 1, lockedUntil: null }, now, limits)).toEqual({ kind: 'check', attempt: 1 });
    expect(verdictFor({ failedLogins: 5, lockedUntil: null }, now, limits)).toEqual({ kind: 'check', attempt: 5 });
  });

  it('when the account is locked, then it is refused until the stored time, with nothing to store', () => {
    expect(verdictFor({ failedLogins: 9, lockedUntil: later(3) }, now, limits)).toEqual({ kind: 'locked', until: later(3), lockNow: false });
  });

  it('when simultaneous attempts go past the limit before the lockout is stored, then they are refused and store it', () => {
    expect(verdictFor({ failedLogins: 6, lockedUntil: null }, now, limits)).toEqual({ kind: 'locked', until: later(15), lockNow: true });
  });
});

describe('lockoutAfterFailure', () => {
  it('when the fifth password in a row is wrong, then the account is locked for 15 minutes', () => {
    expect(lockoutAfterFailure(4, now, limits)).toBeNull();
    expect(lockoutAfterFailure(5, now, limits)).toEqual(later(15));
    expect(lockoutAfterFailure(2, now, { ...limits, maxFailures: 2, lockoutMinutes: 1 })).toEqual(later(1));
  });
});

describe('retryAfterSeconds', () => {
  it('when a lockout ends in 90.2 s, then Retry-After says 91, and never less than 1', () => {
    expect(retryAfterSeconds(new Date(now.getTime() + 90_200), now)).toBe(91);
    expect(retryAfterSeconds(now, now)).toBe(1);
  });
});

describe('UnknownEmailFailures', () => {
  it('when an unknown email fails, then it is counted and locked like an account, and starts again after the lockout', () => {
    const failures = new UnknownEmailFailures();
    for (let n = 1; n <= 5; n++) expect(failures.count('nadie@ciclo.test', now)).toEqual({ failedLogins: n, lockedUntil: null });
    failures.lock('nadie@ciclo.test', later(15));
    expect(failures.count('nadie@ciclo.test', later(1))).toEqual({ failedLogins: 6, lockedUntil: later(15) });
    expect(failures.count('nadie@ciclo.test', later(15))).toEqual({ failedLogins: 1, lockedUntil: null });
    expect(failures.count('otra@ciclo.test', now).failedLogins).toBe(1);
  });

  it('when more emails are tried than it keeps, then the least recently tried are forgotten', () => {
    const failures = new UnknownEmailFailures(2);
    failures.count('a@x.test', now);
    failures.count('b@x.test', now);
    failures.count('a@x.test', now);
    failures.count('c@x.test', now);
    expect(failures.count('a@x.test', now).failedLogins).toBe(3);
    expect(failures.count('b@x.test', now).failedLogins).toBe(1);
  });
});

describe('SlidingWindow', () => {
  it('when an address makes more attempts than allowed in a minute, then it waits until the oldest leaves the window', () => {
    const window = new SlidingWindow(3, 60_000);
    const t = now.getTime();
    expect(window.hit('10.0.0.1', t)).toEqual({ allowed: true });
    expect(window.hit('10.0.0.1', t + 10_000)).toEqual({ allowed: true });
    expect(window.hit('10.0.0.1', t + 20_000)).toEqual({ allowed: true });
    expect(window.hit('10.0.0.1', t + 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(window.hit('10.0.0.2', t + 30_000)).toEqual({ allowed: true });
    expect(window.hit('10.0.0.1', t + 60_001)).toEqual({ allowed: true });
    expect(window.hit('10.0.0.1', t + 60_002)).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });
});
