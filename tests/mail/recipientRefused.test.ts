// The mailer against a real SMTP server (smtp-server on loopback) that refuses one address at RCPT
// TO, as a relay does for a mailbox that cannot exist: the refusal is told apart from a relay
// that is down, so the API can answer the person's mistake with a 422 instead of a 500.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer, RecipientRefused } from '../../src/mail/mailer';

const refused = 'nadie@sin-buzon.gt';
let server: SMTPServer;
let url: string;
const received: string[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === refused) return callback(Object.assign(new Error('5.1.1 Mailbox does not exist'), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        received.push(...session.envelope.rcptTo.map((r) => r.address));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('the mailer', () => {
  it('when the relay refuses the address itself, then RecipientRefused names it; an address it takes is delivered', async () => {
    const mailer = createMailer(url, 'Ciclo <ciclo@ciclo.test>');
    try {
      const message = { subject: 'Prueba', text: 'hola', html: '<p>hola</p>' };
      const failure = await mailer.send({ to: [refused], ...message }).catch((err: unknown) => err);
      expect(failure).toBeInstanceOf(RecipientRefused);
      expect((failure as RecipientRefused).addresses).toEqual([refused]);
      await mailer.send({ to: ['alguien@ministerio.gt'], ...message });
      expect(received).toEqual(['alguien@ministerio.gt']);
    } finally {
      mailer.close();
    }
  });

  it('when the relay is not there, then the error is not taken for a refused address (the mail is retried)', async () => {
    const mailer = createMailer('smtp://127.0.0.1:1', 'Ciclo <ciclo@ciclo.test>');
    try {
      const failure = await mailer.send({ to: ['alguien@ministerio.gt'], subject: 'Prueba', text: 'hola', html: '<p>hola</p>' }).catch((err: unknown) => err);
      expect(failure).toBeInstanceOf(Error);
      expect(failure).not.toBeInstanceOf(RecipientRefused);
    } finally {
      mailer.close();
    }
  });
});
