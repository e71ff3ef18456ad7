// The two real parts of a console test, started once per file: Ciclo's stack serving the built
// console (admin/dist) and Debian's Chromium. The file's tests share them and create the rows they need.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../support/browser';
import { startTestStack, type TestStack } from './stack';
import { onceStarted } from './onceStarted';

export interface ConsoleStack {
  stack: TestStack;
  browser: Browser;
}

/**
 * Starts the stack and Chromium before the file's tests, then `started`, which may seed what every
 * test of the file reads; stops both after the tests. Returns both, to be used inside the tests.
 */
export function useConsoleStack(started?: (parts: ConsoleStack) => unknown, options: { consoleDir?: string } = { consoleDir: 'admin/dist' }): ConsoleStack {
  const parts: Partial<ConsoleStack> = {};
  beforeAll(async () => {
    parts.stack = await startTestStack(options);
    parts.browser = await launchBrowser();
    await started?.(parts as ConsoleStack);
  });
  afterAll(async () => {
    await parts.browser?.close();
    await parts.stack?.stop();
  });
  return { stack: onceStarted('La pila de la consola', () => parts.stack), browser: onceStarted('Chromium', () => parts.browser) };
}
