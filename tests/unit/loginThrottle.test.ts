import { describe, expect, it } from 'vitest';
import { defaultLoginLimits, delayAfterFailure, retryAfterSeconds, SlidingWindow, verdictFor } from '../../src/auth/loginThrottle';

const now = new Date('2028-03-02T15:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const limits = defaultLoginLimits;

describe('verdictFor', () => {
  it('when nothing is stored or the attempt is within the limit, then its password is checked with no delay decided', () => {
    expect(verdictFor(null, now, limits)).toEqual({ kind: 'check', failures: 1, blockedUntil: null });
    expect(verdictFor({ failures: 3, blockedUntil: null }, now, limits)).toEqual({ kind: 'check', failures: 4, blockedUntil: null });
  });

  it('when the attempt is the fifth in a row, then its password is checked and the first delay is decided before the check', () => {
    expect(verdictFor({ failures: 4, blockedUntil: null }, now, limits)).toEqual({ kind: 'check', failures: 5, blockedUntil: later(1) });
  });

  it('when a delay is running, then no password is checked until it ends', () => {
    expect(verdictFor({ failures: 5, blockedUntil: later(1) }, now, limits)).toEqual({ kind: 'locked', until: later(1) });
  });

  it('when a delay has ended and the next password is wrong too, then the next delay is twice as long', () => {
    expect(verdictFor({ failures: 5, blockedUntil: now }, now, limits)).toEqual({ kind: 'check', failures: 6, blockedUntil: later(2) });
  });
});

describe('delayAfterFailure', () => {
  it('when wrong passwords go on, then the delays are none, then 1, 2, 4, 8 minutes, and never past LOGIN_LOCKOUT_MINUTES', () => {
    const minutes = [1, 4, 5, 6, 7, 8, 9, 40].map((n) => delayAfterFailure(n, limits) / 60_000);
    expect(minutes).toEqual([0, 0, 1, 2, 4, 8, 15, 15]);
    expect(delayAfterFailure(1000, { ...limits, lockoutMinutes: 60 })).toBe(60 * 60_000);
  });
});

describe('retryAfterSeconds', () => {
  it('when a delay ends in 90.2 s, then Retry-After says 91, and never less than 1', () => {
    expect(retryAfterSeconds(new Date(now.getTime() + 90_200), now)).toBe(91);
    expect(retryAfterSeconds(now, now)).toBe(1);
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
