// Builds a Temporal worker for Ciclo's workflows and activities. Many can run on many machines:
// each polls the same task queue of the same namespace.
import { fileURLToPath } from 'node:url';
import { NativeConnection, Worker, bundleWorkflowCode, type WorkflowBundleOption, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { createActivities, type ActivityDeps } from '../activities';

export const workflowsPath = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

let cachedBundle: Promise<WorkflowBundleWithSourceMap> | undefined;

/** Bundles the workflow code once per process (webpack + swc, about a second). */
export function workflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  cachedBundle ??= bundleWorkflowCode({ workflowsPath, logger: quietBundlerLogger });
  return cachedBundle;
}

export async function createWorker(opts: {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  deps: ActivityDeps;
  /** WORKER_MAX_CACHED_WORKFLOWS: bounds the worker's memory when thousands of cycles run. */
  maxCachedWorkflows: number;
  /** Code bundled earlier (the tests bundle once per run); bundled here when absent. */
  workflowBundle?: WorkflowBundleOption;
}): Promise<Worker> {
  return Worker.create({
    connection: opts.connection,
    namespace: opts.namespace,
    taskQueue: opts.taskQueue,
    workflowBundle: opts.workflowBundle ?? (await workflowBundle()),
    maxCachedWorkflows: opts.maxCachedWorkflows,
    // On shutdown, running activities get 10 s to finish before they are cancelled (and retried
    // elsewhere); a worker still stuck 20 s after that gives up, so a stop is always bounded.
    shutdownGraceTime: '10s',
    shutdownForceTime: '30s',
    activities: createActivities(opts.deps),
  });
}

const quietBundlerLogger = {
  error: (message: string, meta?: object) => console.error(message, meta ?? ''),
  warn: () => undefined,
  info: () => undefined,
  debug: () => undefined,
  trace: () => undefined,
  log: () => undefined,
};
