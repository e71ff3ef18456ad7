// The run's one Temporal dev server (started by globalSetup), seen from a test file: a namespace of
// its own, so its workflow ids never meet another file's, and the workflow code bundled once.
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundleOption } from '@temporalio/worker';

export async function connectToSharedTemporal(): Promise<TestWorkflowEnvironment> {
  const address = inject('temporalAddress');
  const namespace = `ciclo-prueba-${randomBytes(5).toString('hex')}`;
  const connection = await Connection.connect({ address });
  try {
    await connection.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('1 day') });
  } finally {
    await connection.close();
  }
  return TestWorkflowEnvironment.createFromExistingServer({ address, namespace });
}

export function sharedWorkflowBundle(): WorkflowBundleOption {
  return { codePath: inject('workflowBundlePath') };
}
