// The one SMTP transport: nodemailer to a relay, or to the loopback sink of the default run.
import nodemailer from 'nodemailer';

export interface Mailer {
  send(message: { to: string[]; subject: string; text: string; html: string }): Promise<void>;
  verify(): Promise<void>;
  close(): void;
}

export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    async verify() {
      await transport.verify();
    },
    close: () => transport.close(),
  };
}
