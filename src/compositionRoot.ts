// Where Ciclo is put together from its parts: the worker with its stage workflows, the API's
// dependencies, and the HTTP server. `npm start` (start.ts), the API alone (api/main.ts), the
// tests, the benches and the fuzzing all assemble it here, each with the parts it runs.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Client } from '@temporalio/client';
import type { NativeConnection, WorkflowBundleOption } from '@temporalio/worker';
import type { AppDeps } from './api/app';
import type { Database } from './db/prisma';
import type { Config, MailLinkKeys } from './config/env';
import type { Mailer } from './mail/mailer';
import { ensureStageWorkflows } from './workflowClient/stageWorkflows';
import { createWorker } from './worker/createWorker';
import { startMailRedelivery } from './worker/mailRedelivery';

export interface WorkerParts {
  /** The worker's own connection (the SDK's native one) and the client's, on the same namespace. */
  connection: NativeConnection;
  client: Client;
  namespace: string;
  taskQueue: string;
  db: Database;
  mailer: Mailer;
  /** Where people reach Ciclo, for the links in the mails. */
  publicUrl: string;
  mailLinks: MailLinkKeys;
  maxCachedWorkflows: number;
  /** MAIL_REDELIVERY_SECONDS: after how long an undelivered mail of the outbox is sent again. */
  mailRedeliverySeconds: number;
  /** Code bundled earlier (the tests bundle once per run); bundled when absent. */
  workflowBundle?: WorkflowBundleOption;
}

/**
 * Runs a worker on the task queue, then starts the workflow of every stage the database has
 * without one (a stage whose start was cut short), and sweeps the mail outbox for mails left
 * undelivered. `stop` lets running activities finish.
 */
export async function startWorkerWithStages(parts: WorkerParts): Promise<{ stagesStarted: number; stop: () => Promise<void> }> {
  const worker = await createWorker({
    connection: parts.connection,
    namespace: parts.namespace,
    taskQueue: parts.taskQueue,
    deps: { db: parts.db, mailer: parts.mailer, publicUrl: parts.publicUrl, mailLinks: parts.mailLinks },
    maxCachedWorkflows: parts.maxCachedWorkflows,
    workflowBundle: parts.workflowBundle,
  });
  const running = worker.run();
  const redelivery = startMailRedelivery(parts.db, parts.mailer, parts.mailRedeliverySeconds);
  const stop = async () => {
    worker.shutdown();
    await Promise.all([running, redelivery.stop()]);
  };
  try {
    return { stagesStarted: await ensureStageWorkflows(parts.client, parts.db, parts.taskQueue), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The API's dependencies as the environment sets them, around the parts that are running. */
export function apiDepsFrom(
  config: Config,
  parts: Pick<AppDeps, 'db' | 'temporal' | 'mailer' | 'mailLinks' | 'consoleDir' | 'mailSink'> & { temporalUiUrl?: string },
): AppDeps {
  const { temporalUiUrl, ...running } = parts;
  return {
    ...running,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    sessionTtlHours: config.SESSION_TTL_HOURS,
    loginLimits: config.loginLimits,
    corsOrigins: config.CORS_ORIGINS,
    trustProxy: config.TRUST_PROXY,
    publicUrl: config.publicUrl,
    temporalUi: temporalUiUrl ? { url: temporalUiUrl, namespace: config.TEMPORAL_NAMESPACE } : undefined,
  };
}

/** Listens on the port (0: a free one) and host; the base URL is the loopback one when no host is named. */
export async function serve(app: { listen(port: number, host?: string): Server }, port: number, host?: string): Promise<{ server: Server; baseUrl: string }> {
  const server = host ? app.listen(port, host) : app.listen(port);
  await new Promise<void>((ok, fail) => server.once('listening', ok).once('error', fail));
  return { server, baseUrl: `http://${host ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}` };
}
