// The public portal's HTML pieces: escaping, the page frame with its small inline style, and the
// number and date formats of each language. Every text that comes from data passes through
// `escapeHtml` (names may carry markup), so the pages need no script and a slow connection gets a
// few kilobytes.
import type { PortalWording } from './wording';

/** Text safe inside an element or a quoted attribute. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** HTML already escaped by the caller: what `html` inserts verbatim. */
export class SafeHtml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Interpolated = SafeHtml | string | number | null | undefined | false | readonly Interpolated[];

function render(value: Interpolated): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(value);
}

/** A template tag that escapes every value unless it is already SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: Interpolated[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]!) : ''), ''));
}

export interface Formats {
  money(value: number): string;
  /** A figure that may not be computable: a dash instead. */
  optionalMoney(value: number | null): string;
  quantity(value: number | null | undefined): string;
  percent(value: number | null | undefined): string;
  day(value: Date): string;
}

function makeFormats(locale: string, percentSign: string): Formats {
  // Always "Q", the quetzal's own sign: en-US alone would write "GTQ".
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'GTQ', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 });
  const quantity = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'America/Guatemala' });
  return {
    money: (value) => money.format(value),
    optionalMoney: (value) => (value === null ? '—' : money.format(value)),
    quantity: (value) => (value === null || value === undefined ? '—' : quantity.format(value)),
    percent: (value) => (value === null || value === undefined || !Number.isFinite(value) ? '—' : `${percent.format(value)}${percentSign}`),
    day: (value) => day.format(value),
  };
}

// Spanish writes "45,2 %" with a space, English "45.2%" without.
const formatsByLanguage = { es: makeFormats('es-GT', ' %'), en: makeFormats('en-US', '%') };

export const formats = (w: PortalWording): Formats => formatsByLanguage[w.language];

const style = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1b1b1b;background:#fff}
header,main,footer{max-width:64rem;margin:0 auto;padding:0 1rem}header{border-bottom:3px solid #0b4f8a;padding-top:.5rem}
header a{color:#0b4f8a;font-weight:600;text-decoration:none}a{color:#0b4f8a}h1{font-size:1.6rem;margin:.8rem 0}
h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1.05rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border-bottom:1px solid #ddd;padding:.3rem .4rem;text-align:left;vertical-align:top}td.n,th.n{text-align:right;white-space:nowrap}
.tabla{overflow-x:auto}.nota{color:#555;font-size:.9rem}.chip{display:inline-block;padding:0 .4rem;border-radius:.3rem;border:1px solid}
.verde{background:#e3f4e6;border-color:#2e7d32}.amarillo{background:#fff6d6;border-color:#a07800}.rojo{background:#fde4e4;border-color:#b71c1c}.gris{background:#eee;border-color:#777}
figure{margin:1rem 0}svg{max-width:100%;height:auto}svg text{font:12px system-ui,sans-serif;fill:#1b1b1b}footer{margin-top:2rem;border-top:1px solid #ccc;color:#555;font-size:.85rem;padding-bottom:1rem}
nav ul{padding-left:1.2rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
`.replace(/\n/g, '');

/**
 * A whole page in `w`'s language, readable on a phone, with a link home, to the open data and to
 * its twin in the other language; `where` is its address below the language's root ("" for home).
 */
export function page(w: PortalWording, title: string, body: SafeHtml, where: string): string {
  const { twin } = w;
  const alternates = [w, twin].map((l) => html`<link rel="alternate" hreflang="${l.language}" href="${l.root}${where}">`);
  return `<!doctype html>${html`<html lang="${w.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,">${alternates}<title>${title} · ${w.frame.site}</title><style>${new SafeHtml(style)}</style></head><body><header><a href="${w.root}">${w.frame.home}</a> · <a href="${w.root}/datos">${w.frame.openData}</a> · <a href="${twin.root}${where}" hreflang="${twin.language}" lang="${twin.language}">${twin.name}</a></header><main>${body}</main><footer>${w.frame.footer}</footer></body></html>`.text}`;
}

/** A table with its caption: headers as given (numeric ones right-aligned), rows already rendered. */
export function table(caption: string, headers: { label: string; numeric?: boolean }[], rows: SafeHtml[][]): SafeHtml {
  return html`<div class="tabla"><table><caption>${caption}</caption><thead><tr>${headers.map((h) => html`<th scope="col"${h.numeric ? html` class="n"` : ''}>${h.label}</th>`)}</tr></thead><tbody>${rows.map(
    (cells) => html`<tr>${cells.map((c, i) => (headers[i]?.numeric ? html`<td class="n">${c}</td>` : html`<td>${c}</td>`))}</tr>`,
  )}</tbody></table></div>`;
}
