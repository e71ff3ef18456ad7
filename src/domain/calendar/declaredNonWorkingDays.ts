// Days a government declares non-working for the whole public sector, beyond the holidays the
// law fixes. Pure data (imported by workflow code through the frozen template).
//
// Peru: each year one or more decretos supremos of the PCM declare "días no laborables" for the
// public sector nationwide, compensated later by the staff. The TUO of Ley 27444 (Decreto Supremo
// 004-2019-JUS), art. 145, counts time limits set in days as business days "excluyendo del cómputo
// aquellos no laborables del servicio", so Ciclo counts these days as non-business days for
// Peruvian institutions. Each decree says the days stay business days for tax purposes only;
// Ciclo runs no tax deadline, so that exception does not apply here.
//
// A decree is usually published the December before, sometimes months into the year (DS
// 011-2024-PCM on 1 February 2024). A cycle freezes the list as it stands when it starts, like its
// template: a decree published later changes no running cycle; the coordinator moves the
// deadlines it touches. Regional days (Lima and Callao for APEC 2024, DS 110-2024-PCM) are not
// listed: Peru's places are not modelled yet. Only decrees whose dates two independent reports
// agree on are listed; DS 075-2026-PCM (27 July 2026) and DS 194-2020-PCM (24 December 2020)
// are left out until read in El Peruano.
import type { SupportedJurisdiction } from './holidays';
import type { CalendarTemplate } from './template';

export interface NonWorkingDayDecree {
  /** The norm and its publication date, as cited. */
  norm: string;
  /** 'YYYY-MM-DD', Monday to Friday. */
  dates: readonly string[];
}

const peru: readonly NonWorkingDayDecree[] = [
  { norm: 'Decreto Supremo 121-2018-PCM (diciembre de 2018)', dates: ['2018-12-24'] },
  { norm: 'Decreto Supremo 002-2019-PCM (4 de enero de 2019)', dates: ['2019-07-30', '2019-08-29', '2019-10-31'] },
  // DS 125-2020-PCM made 27 July 2020 a working day again.
  { norm: 'Decreto Supremo 197-2019-PCM (diciembre de 2019), modificado por el Decreto Supremo 125-2020-PCM', dates: ['2020-10-09', '2020-12-31'] },
  { norm: 'Decreto Supremo 161-2021-PCM (7 de octubre de 2021)', dates: ['2021-10-11', '2021-11-02', '2021-12-24', '2021-12-27', '2021-12-31', '2022-01-03'] },
  { norm: 'Decreto Supremo 033-2022-PCM (1 de abril de 2022)', dates: ['2022-05-02', '2022-06-24', '2022-08-29', '2022-10-07', '2022-10-31', '2022-12-26', '2022-12-30'] },
  { norm: 'Decreto Supremo 151-2022-PCM (29 de diciembre de 2022)', dates: ['2023-01-02', '2023-04-28', '2023-06-30', '2023-07-27', '2023-10-09', '2023-12-07', '2023-12-26', '2024-01-02'] },
  { norm: 'Decreto Supremo 011-2024-PCM (1 de febrero de 2024)', dates: ['2024-07-26', '2024-10-07', '2024-12-06', '2024-12-23', '2024-12-24', '2024-12-30', '2024-12-31'] },
  { norm: 'Decreto Supremo 042-2025-PCM (2 de abril de 2025)', dates: ['2025-05-02', '2025-12-26', '2026-01-02'] },
];

/** Guatemala declares none: its asuetos are all in the Código de Trabajo (holidays.ts). */
const byJurisdiction: Record<SupportedJurisdiction, readonly NonWorkingDayDecree[]> = { GT: [], PE: peru };

/** The decrees of a jurisdiction; none for one Ciclo has no calendar of. */
export function nonWorkingDayDecrees(jurisdiction: string): readonly NonWorkingDayDecree[] {
  return (byJurisdiction as Record<string, readonly NonWorkingDayDecree[] | undefined>)[jurisdiction] ?? [];
}

/**
 * The declared days of a jurisdiction from the year before `fiscalYear` on, sorted: what a cycle
 * freezes when it starts (its stages fall in t-1 to t+1; older days can never matter to it).
 */
export function declaredNonWorkingDays(jurisdiction: string, fiscalYear: number): string[] {
  const from = `${fiscalYear - 1}-01-01`;
  return nonWorkingDayDecrees(jurisdiction)
    .flatMap((decree) => decree.dates)
    .filter((date) => date >= from)
    .sort();
}

/** The template as a cycle of `fiscalYear` keeps it: with the days its jurisdiction has declared non-working so far. */
export function withDeclaredNonWorkingDays(template: CalendarTemplate, fiscalYear: number): CalendarTemplate {
  const declared = [...new Set([...(template.declaredNonWorkingDays ?? []), ...declaredNonWorkingDays(template.jurisdiction, fiscalYear)])].sort();
  return declared.length ? { ...template, declaredNonWorkingDays: declared } : template;
}
