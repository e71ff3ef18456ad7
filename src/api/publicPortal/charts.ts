// Inline SVG bar charts for the public portal: no script, no library, a few hundred bytes a bar.
// The chart is a picture of numbers that the page also gives in a table; its title and
// description say so for screen readers.
import { html, type SafeHtml } from './html';

export interface Bar {
  label: string;
  value: number;
  /** What the bar's end reads, already formatted (e.g. "Q 1 250 000" or "45,2 %"). */
  shown: string;
}

// Narrow enough for a phone at its natural size: each label sits on its own line above its bar.
const width = 360;
const valueWidth = 100;
const rowHeight = 40;

/** Labels longer than the line are cut with an ellipsis; the full name is in the table. */
function shortLabel(label: string): string {
  return label.length > 56 ? `${label.slice(0, 55)}…` : label;
}

/**
 * Horizontal bars, one per item, scaled to `max` (the largest value by default; 100 for
 * percentages so that a full bar means 100 %). Bars beyond `max` are drawn full.
 */
export function barChart(title: string, description: string, bars: Bar[], max = Math.max(0, ...bars.map((b) => b.value))): SafeHtml {
  if (bars.length === 0) return html``;
  // Room after the longest bar for its figure: about 7 px a character at the chart's font size.
  const plot = width - Math.max(valueWidth, ...bars.map((b) => b.shown.length * 7));
  const height = bars.length * rowHeight + 4;
  const scale = (value: number) => (max > 0 ? Math.max(0, Math.min(1, value / max)) * plot : 0);
  const id = `g${Math.abs(hash(title))}`;
  return html`<figure><svg role="img" aria-labelledby="${id}t ${id}d" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title id="${id}t">${title}</title><desc id="${id}d">${description}</desc>${bars.map((bar, i) => {
    const y = i * rowHeight;
    const length = scale(bar.value);
    return html`<text x="0" y="${y + 14}">${shortLabel(bar.label)}</text><rect x="0" y="${y + 19}" width="${length.toFixed(1)}" height="14" fill="#0b4f8a"/><text x="${(length + 5).toFixed(1)}" y="${y + 31}">${bar.shown}</text>`;
  })}</svg><figcaption class="nota">${description}</figcaption></figure>`;
}

/** A stable small number from a title, so two charts on a page get distinct ids. */
function hash(text: string): number {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}
