// Amounts are quetzales shown the Guatemalan way (es-GT: "Q1,234.50") in both languages: they are
// figures of Guatemala's budget, and MINFIN's own documents write them like this.

const quetzalOptions: Intl.NumberFormatOptions = { style: 'currency', currency: 'GTQ', minimumFractionDigits: 2, maximumFractionDigits: 2 };

/** For react-admin's NumberField / DataTable.NumberCol: `<NumberField {...QUETZALES} />`. */
export const QUETZALES = { locales: 'es-GT', options: quetzalOptions } as const;

/** Years and codes: no thousands separator. */
export const PLAIN_NUMBER = { options: { useGrouping: false } } as const;

const quetzales = new Intl.NumberFormat('es-GT', quetzalOptions);

export const formatQuetzales = (amount: number | null | undefined): string => (typeof amount === 'number' && Number.isFinite(amount) ? quetzales.format(amount) : '—');

export const formatNumber = (value: number | null | undefined, locale: string): string =>
  typeof value === 'number' && Number.isFinite(value) ? new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'es-GT', { maximumFractionDigits: 2 }).format(value) : '—';

/** 0.8123 -> "81.2 %" (es) / "81.2%" (en). */
export const formatPercent = (share: number | null | undefined, locale: string): string =>
  typeof share === 'number' && Number.isFinite(share) ? new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'es-GT', { style: 'percent', maximumFractionDigits: 1 }).format(share) : '—';
