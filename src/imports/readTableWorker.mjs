// A reader thread of readTable: plain JavaScript that loads the TypeScript
// through tsx's API, relative to this file, so it runs the same under `tsx src/start.ts`, vitest
// and plain node, whatever the working directory.
import { tsImport } from 'tsx/esm/api';

await tsImport('./readTableWorker.ts', import.meta.url);
