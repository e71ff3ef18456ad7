import { fileURLToPath } from 'node:url';

/** The workflows' entry point, which the bundler starts from. */
export const workflowsPath = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));
