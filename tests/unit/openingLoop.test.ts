// The cycle workflows' opening loop: a change that comes while stages are being opened must wake
// the next round. A government cycle of GT-ANUAL-ELECTORAL hung with every stage approved: the
// institution's last approval came in the same workflow task as a gate, and was cleared.
import { describe, expect, it } from 'vitest';
import { openUntilComplete, type OpeningSteps } from '../../src/workflows/openingLoop';

/** A plan of two stages; the second is approved while the loop is opening (after the first's approval wakes it). */
function racingPlan() {
  const approved = new Set<string>();
  let changed = false;
  let rounds = 0;
  const steps: OpeningSteps = {
    isComplete: () => approved.size === 2,
    openReadyStages: async () => {
      rounds += 1;
      await Promise.resolve();
      // The child's result, resolved in the same task as what woke this round.
      if (rounds === 2) {
        approved.add('poa_adjustment');
        changed = true;
      }
    },
    nextOpening: () => undefined,
    changed: () => changed,
    clearChanged: () => {
      changed = false;
    },
    waitForChange: async () => {
      // Nothing else will ever come: waiting without a change would be for ever.
      if (!changed && approved.size === 0) {
        approved.add('analytic_distribution');
        changed = true;
        return;
      }
      if (!changed) throw new Error('esperaría para siempre');
    },
  };
  return { steps, rounds: () => rounds };
}

describe('the opening loop of the cycle workflows', () => {
  it('when an approval comes while stages are being opened, then the loop sees it and the plan completes', async () => {
    const plan = racingPlan();
    await openUntilComplete(plan.steps, true);
    expect(plan.steps.isComplete()).toBe(true);
    expect(plan.rounds()).toBe(2);
  });

  it('when cycles started before the fix clear the change after opening, then that approval is lost (the order their histories replay)', async () => {
    await expect(openUntilComplete(racingPlan().steps, false)).rejects.toThrow('esperaría para siempre');
  });
});
