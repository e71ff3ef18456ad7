// A person's daily digest: the notices they chose to take once a day instead of at once, one
// line each (the notice's subject and where to open it), oldest first.
import type { Locale } from './stageEmails';

export interface DigestItem {
  subject: string;
  link: string | null;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function renderMailDigest(items: DigestItem[], day: string, preferencesLink: string, locale: Locale = 'es') {
  const subject = locale === 'es' ? `Ciclo: sus avisos del ${day} (${items.length})` : `Ciclo: your notices of ${day} (${items.length})`;
  const intro =
    locale === 'es'
      ? `Estos ${items.length === 1 ? 'es el aviso' : `son los ${items.length} avisos`} que eligió recibir en un resumen diario en lugar de un correo cada uno:`
      : `${items.length === 1 ? 'This is the notice' : `These are the ${items.length} notices`} you chose to receive in a daily digest instead of one mail each:`;
  const change = locale === 'es' ? 'Cambiar qué avisos llegan en el resumen' : 'Change which notices come in the digest';
  const lines = items.map((item) => `• ${item.subject}${item.link ? `\n  ${item.link}` : ''}`);
  const text = [intro, '', ...lines, '', `${change}: ${preferencesLink}`].join('\n');
  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    `<ul>${items.map((item) => `<li>${item.link ? `<a href="${escapeHtml(item.link)}">${escapeHtml(item.subject)}</a>` : escapeHtml(item.subject)}</li>`).join('')}</ul>`,
    `<p><a href="${escapeHtml(preferencesLink)}">${escapeHtml(change)}</a></p>`,
  ].join('\n');
  return { subject, text, html };
}
