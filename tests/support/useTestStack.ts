// A test file's stack, started before its tests and stopped after them: one line in the file
// instead of the same beforeAll and afterAll in each.
import { afterAll, beforeAll } from 'vitest';
import { startTestStack, type TestStack } from './stack';

/**
 * Stands for an object that exists only once beforeAll has made it: reading it sooner (at the top
 * of the file) is an error that says so, rather than an undefined.
 */
export function onceStarted<T extends object>(what: string, current: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_target, key) {
      const started = current();
      if (!started) throw new Error(`${what} aún no se ha iniciado: úselo dentro de las pruebas o de beforeAll`);
      const value: unknown = Reflect.get(started, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(started) : value;
    },
  });
}

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
