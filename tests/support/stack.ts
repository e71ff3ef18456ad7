// Ciclo in-process for API and browser tests: the run's real Temporal dev server, a real PostgreSQL
// database of its own, a real SMTP sink, a worker and the Express app on a free port.
import { randomBytes } from 'node:crypto';
import { seedDemo } from '../../prisma/seed';
import { createApp } from '../../src/api/app';
import { serve, startWorkerWithStages } from '../../src/compositionRoot';
import { loadConfig } from '../../src/config/env';
import { createMailer } from '../../src/mail/mailer';
import { startTestMail } from '../../support/mail';
import { connectToSharedTemporal, sharedWorkflowBundle } from './sharedTemporal';
import { checkingResponses } from './responseConformance';
import { createTestDatabase } from './testDatabase';

export const testFiscalYear = 2028;

export interface ApiAnswer {
  status: number;
  body: any;
  headers: Headers;
  bytes: Uint8Array;
}

export async function startTestStack(opts: { consoleDir?: string } = {}) {
  const temporal = await connectToSharedTemporal();
  const database = await createTestDatabase();
  await seedDemo(database.db, testFiscalYear);
  const mail = await startTestMail();
  const taskQueue = `ciclo-test-${randomBytes(4).toString('hex')}`;
  // The development secret of an empty environment: worker and API must share it.
  const { mailLinks, WORKER_MAX_CACHED_WORKFLOWS, MAIL_REDELIVERY_SECONDS } = loadConfig({});
  const worker = await startWorkerWithStages({
    connection: temporal.nativeConnection,
    client: temporal.client,
    namespace: temporal.namespace ?? 'default',
    taskQueue,
    db: database.db,
    mailer: mail.mailer,
    publicUrl: 'http://ciclo.test',
    mailLinks,
    maxCachedWorkflows: WORKER_MAX_CACHED_WORKFLOWS,
    mailRedeliverySeconds: MAIL_REDELIVERY_SECONDS,
    workflowBundle: sharedWorkflowBundle(),
  });
  const { app, violations } = checkingResponses(createApp({ db: database.db, temporal: temporal.client, mailer: mail.mailer, taskQueue, sessionTtlHours: 1, mailLinks, consoleDir: opts.consoleDir, mailSink: mail.sink }));
  let violationsSeen = 0;
  const newViolations = () => {
    const fresh = violations.slice(violationsSeen);
    violationsSeen = violations.length;
    return fresh;
  };
  const { server, baseUrl } = await serve(app, 0, '127.0.0.1');

  /** rawBody goes as is, with contentType (default application/json); a non-JSON answer comes back as text, its bytes in `bytes`. */
  async function api(method: string, path: string, opts: { token?: string; body?: unknown; rawBody?: string | Uint8Array; contentType?: string } = {}): Promise<ApiAnswer> {
    const headers: Record<string, string> = {};
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.body !== undefined || opts.rawBody !== undefined) headers['content-type'] = opts.contentType ?? 'application/json';
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers,
      body: (opts.rawBody instanceof Uint8Array ? new Blob([opts.rawBody as Uint8Array<ArrayBuffer>]) : opts.rawBody) ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const outOfSchema = newViolations();
    if (outOfSchema.length) throw new Error(outOfSchema.join('\n'));
    const text = new TextDecoder().decode(bytes);
    const isJson = !response.headers.get('content-type') || /json/i.test(response.headers.get('content-type')!);
    return { status: response.status, body: text ? (isJson ? JSON.parse(text) : text) : undefined, headers: response.headers, bytes };
  }

  async function login(email: string): Promise<string> {
    const answer = await api('POST', '/auth/login', { body: { email, password: 'ciclo-demo' } });
    if (answer.status !== 200) throw new Error(`login ${email}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.token as string;
  }

  /** The session tokens of these people, in the order named. */
  function signIn<const Emails extends readonly string[]>(...emails: Emails): Promise<{ -readonly [K in keyof Emails]: string }> {
    return Promise.all(emails.map(login)) as Promise<{ -readonly [K in keyof Emails]: string }>;
  }

  async function stageId(institutionCode: string): Promise<string> {
    const stage = await database.db.stage.findFirstOrThrow({ where: { institution: { code: institutionCode } } });
    return stage.id;
  }

  return {
    baseUrl,
    db: database.db,
    sink: mail.sink,
    /** The mailer the worker sends with (to the sink), for activities a test runs itself. */
    mailer: mail.mailer,
    temporal,
    taskQueue,
    mailLinks,
    api,
    login,
    signIn,
    stageId,
    /** A mailer to a port where nothing listens, to see health fail. */
    deadMailer: () => createMailer('smtp://127.0.0.1:9', 'x@ciclo.test'),
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      // Answers the tests fetched themselves (the console, raw fetch) are held to their schemas too.
      const outOfSchema = newViolations();
      await worker.stop();
      await mail.stop();
      await database.drop();
      await temporal.teardown();
      if (outOfSchema.length) throw new Error(`Respuestas fuera de su esquema:\n${outOfSchema.join('\n')}`);
    },
  };
}

export type TestStack = Awaited<ReturnType<typeof startTestStack>>;
