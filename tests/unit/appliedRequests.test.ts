// The requests a stage remembers as applied: a repeat is known, an unknown or absent id is not,
// and only the last ones are kept.
import { describe, expect, it } from 'vitest';
import { AppliedRequests, appliedRequestsKept } from '../../src/workflows/appliedRequests';

describe('AppliedRequests', () => {
  it('when a request was applied, then it is known; another or none is not', () => {
    const applied = new AppliedRequests();
    applied.add('submit:a');
    applied.add(undefined);
    expect(applied.has('submit:a')).toBe(true);
    expect(applied.has('approve:a')).toBe(false);
    expect(applied.has(undefined)).toBe(false);
  });

  it(`when more than ${appliedRequestsKept} were applied, then the oldest are forgotten first`, () => {
    const applied = new AppliedRequests();
    for (let i = 0; i <= appliedRequestsKept; i++) applied.add(`submit:${i}`);
    expect(applied.has('submit:0')).toBe(false);
    expect(applied.has('submit:1')).toBe(true);
    expect(applied.has(`submit:${appliedRequestsKept}`)).toBe(true);
  });
});
