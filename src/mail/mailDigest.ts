// A person's daily digest: the notices they chose to take once a day instead of at once, one
// line each (the notice's subject and where to open it), oldest first; a stage still awaiting the
// person's decision carries its approve and return links, as its own mail would.
import type { ActionLinkAction } from './actionLinks';
import type { Locale } from './stageEmails';

export interface DigestItem {
  subject: string;
  link: string | null;
  actions?: Record<ActionLinkAction, string>;
}

const actionWords: Record<Locale, Record<ActionLinkAction, string> & { once: string }> = {
  es: { approve: 'Aprobar', return: 'Devolver para corrección', once: 'Cada enlace de aprobar o devolver sirve una sola vez y pide confirmación antes de actuar.' },
  en: { approve: 'Approve', return: 'Return for correction', once: 'Each approve or return link works once and asks for confirmation before acting.' },
};

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function renderMailDigest(items: DigestItem[], day: string, preferencesLink: string, locale: Locale = 'es') {
  const subject = locale === 'es' ? `Ciclo: sus avisos del ${day} (${items.length})` : `Ciclo: your notices of ${day} (${items.length})`;
  const intro =
    locale === 'es'
      ? `Estos ${items.length === 1 ? 'es el aviso' : `son los ${items.length} avisos`} que eligió recibir en un resumen diario en lugar de un correo cada uno:`
      : `${items.length === 1 ? 'This is the notice' : `These are the ${items.length} notices`} you chose to receive in a daily digest instead of one mail each:`;
  const change = locale === 'es' ? 'Cambiar qué avisos llegan en el resumen' : 'Change which notices come in the digest';
  const words = actionWords[locale];
  const withActions = items.some((item) => item.actions);
  const lines = items.map(
    (item) => `• ${item.subject}${item.link ? `\n  ${item.link}` : ''}${item.actions ? `\n  ${words.approve}: ${item.actions.approve}\n  ${words.return}: ${item.actions.return}` : ''}`,
  );
  const text = [intro, '', ...lines, ...(withActions ? ['', words.once] : []), '', `${change}: ${preferencesLink}`].join('\n');
  const actionsHtml = (item: DigestItem) =>
    item.actions ? ` — <a href="${escapeHtml(item.actions.approve)}">${escapeHtml(words.approve)}</a> · <a href="${escapeHtml(item.actions.return)}">${escapeHtml(words.return)}</a>` : '';
  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    `<ul>${items.map((item) => `<li>${item.link ? `<a href="${escapeHtml(item.link)}">${escapeHtml(item.subject)}</a>` : escapeHtml(item.subject)}${actionsHtml(item)}</li>`).join('')}</ul>`,
    ...(withActions ? [`<p>${escapeHtml(words.once)}</p>`] : []),
    `<p><a href="${escapeHtml(preferencesLink)}">${escapeHtml(change)}</a></p>`,
  ].join('\n');
  return { subject, text, html };
}
