// The SMTP sink of the default run and of the tests outlives a sender that dies mid-connection:
// a worker killed -9 resets its socket, and the sink (in `npm start`'s process) must not go
// down with it. CI once saw that reset surface as an uncaught exception.
import { createConnection } from 'node:net';
import nodemailer from 'nodemailer';
import { afterAll, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../../src/infra/smtpSink';

let sink: SmtpSink | undefined;
afterAll(() => sink?.stop());

/** Opens a connection, greets, then resets it (RST) as a killed process's socket is. */
function greetAndReset(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('error', reject);
    socket.once('data', () => {
      socket.write('EHLO worker\r\nMAIL FROM:<ciclo@ciclo.test>\r\n');
      setTimeout(() => {
        socket.resetAndDestroy();
        resolve();
      }, 100);
    });
  });
}

describe('SMTP sink', () => {
  it('when senders reset their connections mid-message, then the process keeps running and the sink still takes mail', async () => {
    sink = await startSmtpSink({ port: 0 });
    const uncaught: unknown[] = [];
    const note = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', note);
    try {
      for (let i = 0; i < 3; i++) await greetAndReset(sink.port);
      // Time for the server to read the resets.
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      process.off('uncaughtException', note);
    }
    expect(uncaught).toEqual([]);
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: sink.port, secure: false, ignoreTLS: true });
    await transport.sendMail({ from: 'ciclo@ciclo.test', to: 'planificador@ciclo.test', subject: 'Después de las caídas', text: 'sigue recibiendo' });
    transport.close();
    const [received] = await sink.waitFor((mail) => mail.subject === 'Después de las caídas');
    expect(received?.to).toEqual(['planificador@ciclo.test']);
  });
});
