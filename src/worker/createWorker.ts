// Builds a Temporal worker for Ciclo's workflows and activities. Many can run on many machines:
// each polls the same task queue of the same namespace.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { NativeConnection, Worker, type WorkflowBundleOption, type WorkflowBundlePath } from '@temporalio/worker';
import { createActivities, type ActivityDeps } from '../activities';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const bundleScript = fileURLToPath(new URL('./bundleWorkflows.ts', import.meta.url));

/**
 * Bundles the workflow code into `outFile` (webpack + swc, a second or two) in a process of its
 * own: bundled in the worker's process, webpack left over 100 MB there for the worker's life.
 */
export async function bundleWorkflowsInto(outFile: string): Promise<WorkflowBundlePath> {
  try {
    await promisify(execFile)(process.execPath, ['--import', 'tsx', bundleScript, outFile], { cwd: projectRoot, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`No se pudo empaquetar el código de los flujos: ${(error as { stderr?: string }).stderr || (error as Error).message}`);
  }
  return { codePath: outFile };
}

let cachedBundle: Promise<WorkflowBundlePath> | undefined;

/** The workflow bundle, made once per process into a temporary file removed when the process ends. */
export function workflowBundle(): Promise<WorkflowBundlePath> {
  if (!cachedBundle) {
    const dir = mkdtempSync(join(tmpdir(), 'ciclo-flujos-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    cachedBundle = bundleWorkflowsInto(join(dir, 'workflows.js'));
  }
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
