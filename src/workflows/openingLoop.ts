// The loop a cycle workflow runs its stages with: open what is ready, then sleep until the next
// opening or a change (an approval, a gate). Free of the workflow API so the loop is unit tested.

export interface OpeningSteps {
  isComplete(): boolean;
  openReadyStages(): Promise<void>;
  nextOpening(): string | undefined;
  /** Whether an approval or a gate came since the flag was last cleared. */
  changed(): boolean;
  clearChanged(): void;
  /** Resolves on a change, or at `next` when there is one. */
  waitForChange(next: string | undefined): Promise<unknown>;
}

/**
 * Opens stages until the plan is complete. `clearBeforeOpening` clears the change flag before
 * opening, so a change that comes while stages are being opened (an approval and a gate in the
 * same workflow task) wakes the next round; clearing it after lost that change, and a cycle whose
 * last approval was lost so slept for ever. Cycles started before the fix keep the old order.
 */
export async function openUntilComplete(steps: OpeningSteps, clearBeforeOpening: boolean): Promise<void> {
  while (!steps.isComplete()) {
    if (clearBeforeOpening) steps.clearChanged();
    await steps.openReadyStages();
    if (!clearBeforeOpening) steps.clearChanged();
    await steps.waitForChange(steps.nextOpening());
  }
}
