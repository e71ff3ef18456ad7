// A test file's stack, started before its tests and stopped after them: one line in the file
// instead of the same beforeAll and afterAll in each.
import { afterAll, beforeAll } from 'vitest';
import { onceStarted } from './onceStarted';
import { startTestStack, type TestStack } from './stack';

/**
 * This file's Ciclo (startTestStack), started before its tests and stopped after them; `ready`
 * runs once it is up, to sign people in or find the rows the tests start from.
 */
export function useTestStack(ready?: (stack: TestStack) => Promise<unknown>, opts: { consoleDir?: string; timeoutMs?: number } = {}): TestStack {
  let started: TestStack | undefined;
  beforeAll(async () => {
    started = await startTestStack({ consoleDir: opts.consoleDir });
    await ready?.(started);
  }, opts.timeoutMs);
  afterAll(async () => {
    await started?.stop();
  });
  return onceStarted('La pila de pruebas', () => started);
}
