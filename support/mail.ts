// A real SMTP peer on loopback (Ciclo's own sink) and a nodemailer mailer pointed at it.
import { startSmtpSink, type SmtpSink } from '../src/infra/smtpSink';
import { createMailer, type Mailer } from '../src/mail/mailer';

export async function startTestMail(): Promise<{ sink: SmtpSink; mailer: Mailer; stop(): Promise<void> }> {
  const sink = await startSmtpSink({ port: 0 });
  const mailer = createMailer(sink.url, 'Ciclo <ciclo@ciclo.test>');
  return {
    sink,
    mailer,
    async stop() {
      mailer.close();
      await sink.stop();
    },
  };
}
