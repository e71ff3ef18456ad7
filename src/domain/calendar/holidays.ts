// Official non-working days of the public administration, per jurisdiction. Pure and
// deterministic (imported by workflow code): dates are 'YYYY-MM-DD' strings computed with
// Date.UTC only; nothing here reads the clock or the host's time zone.

/** Jurisdictions whose holidays Ciclo knows (ISO 3166 two-letter codes). */
export const supportedJurisdictions = ['GT', 'PE'] as const;
export type SupportedJurisdiction = (typeof supportedJurisdictions)[number];

/** 'YYYY-MM-DD' of a UTC calendar date; Date.UTC carries day overflow into the month. */
function ymd(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) throw new Error(`año fuera del calendario gregoriano admitido: ${year}`);
}

/** Easter Sunday of a Gregorian year (Anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  checkYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/** The date `days` after (or before, if negative) Easter Sunday. */
function fromEaster(year: number, days: number): string {
  const [y, m, d] = easterSunday(year).split('-').map(Number) as [number, number, number];
  return ymd(y, m, d + days);
}

/**
 * Guatemala, Código de Trabajo art. 127 (días de asueto con goce de salario), as amended.
 * - Half days are NOT listed and count as business days: Holy Wednesday afternoon, and
 *   24 and 31 December from noon. Offices are open in the morning, so a deadline on those
 *   days still holds.
 * - 30 June (Día del Ejército) moves under the Ley que Promueve el Turismo Interno (Decreto
 *   42-2010, reformed by Decreto 19-2018): on a Tuesday or Wednesday it is taken the Monday
 *   before; on a Thursday to Sunday, the Monday after. The Corte de Constitucionalidad (16
 *   April 2020) left 1 May and 20 October fixed, so 30 June is the only holiday that moves.
 * - The local patron-saint day (día de la festividad de la localidad, same article) is not
 *   national: see guatemalaLocal.
 */
function guatemala(year: number): string[] {
  return [
    ymd(year, 1, 1),
    fromEaster(year, -3), // Jueves Santo
    fromEaster(year, -2), // Viernes Santo
    fromEaster(year, -1), // Sábado Santo
    ymd(year, 5, 1),
    armyDay(year),
    ymd(year, 9, 15),
    ymd(year, 10, 20),
    ymd(year, 11, 1),
    ymd(year, 12, 25),
  ];
}

/** 30 June moved to a Monday (Decreto 19-2018); it stays when 30 June is itself a Monday. */
function armyDay(year: number): string {
  const weekday = new Date(Date.UTC(year, 5, 30)).getUTCDay(); // 0 Sunday .. 6 Saturday
  const shift = [1, 0, -1, -2, 4, 3, 2][weekday]!;
  return ymd(year, 6, 30 + shift);
}

/**
 * Guatemala's local holidays by municipality (código DDMM of the geographic classifier, e.g.
 * '0101'): the Código de Trabajo (Decreto 1441), art. 127, grants the day of the locality's
 * fiesta, which closes the public offices of that place. Municipalities not listed count the
 * national holidays only; add a municipality with its source.
 */
const guatemalaLocal: Readonly<Record<string, (year: number) => string[]>> = {
  // Municipio de Guatemala (Nueva Guatemala de la Asunción), seat of MINFIN, SEGEPLAN and most
  // institutions: 15 August, Virgen de la Asunción, the city's patron (Código de Trabajo art. 127).
  '0101': (year) => [ymd(year, 8, 15)],
};

/**
 * Peru, feriados nacionales (Decreto Legislativo 713 and later laws), as in force from 2024.
 * Easter Sunday is omitted since it is a Sunday anyway. The "días no laborables" the
 * government declares for the public sector by decree are not feriados: they are listed by
 * decree in declaredNonWorkingDays.ts, and a cycle freezes them when it starts.
 */
function peru(year: number): string[] {
  return [
    ymd(year, 1, 1),
    fromEaster(year, -3), // Jueves Santo
    fromEaster(year, -2), // Viernes Santo
    ymd(year, 5, 1),
    ymd(year, 6, 7), // Batalla de Arica y Día de la Bandera
    ymd(year, 6, 29), // San Pedro y San Pablo
    ymd(year, 7, 23), // Día de la Fuerza Aérea
    ymd(year, 7, 28), // Fiestas Patrias
    ymd(year, 7, 29),
    ymd(year, 8, 6), // Batalla de Junín
    ymd(year, 8, 30), // Santa Rosa de Lima
    ymd(year, 10, 8), // Combate de Angamos
    ymd(year, 11, 1),
    ymd(year, 12, 8), // Inmaculada Concepción
    ymd(year, 12, 9), // Batalla de Ayacucho
    ymd(year, 12, 25),
  ];
}

const byJurisdiction: Record<SupportedJurisdiction, (year: number) => string[]> = { GT: guatemala, PE: peru };
/** Peru's local holidays are not modelled yet: its regions' days are declared by each year's norms. */
const localByJurisdiction: Record<SupportedJurisdiction, Readonly<Record<string, (year: number) => string[]>>> = { GT: guatemalaLocal, PE: {} };

export function isSupportedJurisdiction(jurisdiction: string): jurisdiction is SupportedJurisdiction {
  return (supportedJurisdictions as readonly string[]).includes(jurisdiction);
}

/**
 * Official non-working days ('YYYY-MM-DD') of a jurisdiction in a year, with the local holidays
 * of a municipality when one is given. A new Set each call.
 */
export function holidays(jurisdiction: string, year: number, municipalityCode?: string): Set<string> {
  if (!isSupportedJurisdiction(jurisdiction)) {
    throw new Error(`jurisdicción sin calendario de feriados: ${jurisdiction} (admitidas: ${supportedJurisdictions.join(', ')})`);
  }
  checkYear(year);
  const local = municipalityCode === undefined ? undefined : localByJurisdiction[jurisdiction][municipalityCode];
  return new Set([...byJurisdiction[jurisdiction](year), ...(local ? local(year) : [])]);
}
