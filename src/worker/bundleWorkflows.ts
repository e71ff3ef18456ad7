// `node --import tsx src/worker/bundleWorkflows.ts <file>`: writes Ciclo's workflow bundle to a
// file. Run as a process of its own by workflowBundle(), so webpack's memory leaves with it
// instead of staying in the worker's for as long as the worker runs.
import { writeFileSync } from 'node:fs';
import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowsPath } from './workflowsPath';

const [outFile] = process.argv.slice(2);
if (!outFile) throw new Error('Uso: bundleWorkflows.ts <archivo de salida>');
const quiet = () => undefined;
const bundle = await bundleWorkflowCode({
  workflowsPath,
  logger: { error: (message: string, meta?: object) => console.error(message, meta ?? ''), warn: quiet, info: quiet, debug: quiet, trace: quiet, log: quiet },
});
writeFileSync(outFile, bundle.code);
