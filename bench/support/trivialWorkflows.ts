// The bare counterparts of Ciclo's workflows, for the engine bench: workflows that do nothing but
// what Temporal itself must do, run by a worker in the bench's process.
import { condition, defineUpdate, setHandler } from '@temporalio/workflow';

export const bumpUpdate = defineUpdate<number>('bump');

/** Runs its first workflow task and ends: the bare counterpart of an institution cycle starting. */
export async function trivialStart(): Promise<void> {}

/** Answers two updates and ends: the bare counterpart of a stage taking a submission and an approval. */
export async function trivialUpdates(): Promise<void> {
  let updates = 0;
  setHandler(bumpUpdate, () => ++updates);
  await condition(() => updates >= 2);
}
