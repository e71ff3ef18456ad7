// The mail that invites a person to Ciclo: a one-time link to set their password.
import { formatDate, type Locale } from './stageEmails';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function renderInvitation(person: { name: string; email: string }, link: string, expiresAt: string, timeZone: string, locale: Locale = 'es') {
  const until = formatDate(expiresAt, timeZone, locale);
  const subject = locale === 'es' ? 'Ciclo: establezca su contraseña' : 'Ciclo: set your password';
  const lines =
    locale === 'es'
      ? [
          `${person.name}:`,
          `Se le dio acceso a Ciclo con el correo ${person.email}. Para entrar, establezca su contraseña con este enlace, que sirve una sola vez y vence el ${until}:`,
          link,
          'Si no esperaba este correo, ignórelo: sin la contraseña nadie puede entrar con su cuenta.',
        ]
      : [
          `${person.name}:`,
          `You were given access to Ciclo as ${person.email}. To sign in, set your password with this link, which works once and expires on ${until}:`,
          link,
          'If you did not expect this mail, ignore it: nobody can sign in to your account without the password.',
        ];
  const text = lines.join('\n\n');
  const html = lines.map((line) => (line === link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` : `<p>${escapeHtml(line)}</p>`)).join('\n');
  return { subject, text, html };
}
