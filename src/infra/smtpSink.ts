// A real SMTP server on loopback that keeps every message it receives: in memory for the
// process and as .eml files, so the default run and the tests can read what Ciclo sent.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  id: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  receivedAt: string;
  /** Ciclo's X-Ciclo-Idempotency-Key header: the same on every send of one mail. */
  idempotencyKey?: string;
}

const idempotencyKeyOf = (parsed: ParsedMail): string | undefined => {
  const value = parsed.headers.get('x-ciclo-idempotency-key');
  return typeof value === 'string' ? value : undefined;
};

export interface SmtpSink {
  url: string;
  port: number;
  messages: ReceivedMail[];
  /** Resolves when `count` messages matching `match` have arrived. */
  waitFor(match: (mail: ReceivedMail) => boolean, count?: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  stop(): Promise<void>;
}

/** A sender that went away mid-connection: nothing for the sink to do or say. */
const droppedConnection = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED']);

/** The messages an earlier run kept in `dir`, so the console's mailbox survives a restart. */
async function keptMessages(dir: string): Promise<ReceivedMail[]> {
  const files = readdirSync(dir).filter((name) => name.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (name) => {
      const parsed = await simpleParser(readFileSync(join(dir, name)));
      const addresses = (field: typeof parsed.to) => (field ? [field].flat().flatMap((a) => a.value.map((v) => v.address ?? '')) : []);
      return {
        id: name.replace(/\.eml$/, ''),
        from: addresses(parsed.from)[0] ?? '',
        to: addresses(parsed.to),
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        receivedAt: (parsed.date ?? new Date(0)).toISOString(),
        idempotencyKey: idempotencyKeyOf(parsed),
      };
    }),
  );
}

export async function startSmtpSink(opts: { port: number; dir?: string }): Promise<SmtpSink> {
  const listeners = new Set<() => void>();
  if (opts.dir) mkdirSync(opts.dir, { recursive: true });
  const messages: ReceivedMail[] = opts.dir ? await keptMessages(opts.dir) : [];

  const server = new SMTPServer({
    // The package's built-in certificate has expired: no STARTTLS, so clients stay in plain text.
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((parsed) => {
            const id = `${Date.now()}-${messages.length + 1}`;
            if (opts.dir) writeFileSync(join(opts.dir, `${id}.eml`), raw);
            messages.push({
              id,
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              receivedAt: new Date().toISOString(),
              idempotencyKey: idempotencyKeyOf(parsed),
            });
            listeners.forEach((notify) => notify());
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // The server re-emits each connection's errors as its own: a sender killed mid-message (a
  // worker's kill -9) resets its connection, and with no listener that error ended the process.
  server.on('error', (err: NodeJS.ErrnoException) => {
    if (!droppedConnection.has(err.code ?? '')) console.error(`[smtp] ${err.message}`);
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    waitFor(match, count = 1, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.filter(match);
          if (found.length >= count) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`esperaba ${count} correo(s); llegaron ${messages.filter(match).length}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
