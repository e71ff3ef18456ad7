// Reads a file's row cell by cell: each column has a reader that answers the cell's value or why
// it cannot be read. A plain loop over plain functions, not a zod object per row: a 20,000-row
// budget file has 700,000 cells, and a schema's parse per row took most of an import's second
// (bench budgetImport). The readers are the layouts' rules, each unit tested.

/** A cell read: its value, or the message that tells the user what is wrong with it. */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

export type CellReader<T> = (value: unknown) => Read<T>;

export const readOk = <T>(value: T): Read<T> => ({ ok: true, value });

export const obligatory: Read<never> = { ok: false, message: 'es obligatorio' };

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The value each reader of a layout answers, by column. */
export type RowOf<R> = { [K in keyof R]: R[K] extends CellReader<infer T> ? T : never };

export type RowRead<R> = { ok: true; row: RowOf<R> } | { ok: false; problems: { column: keyof R & string; message: string }[] };

/**
 * A reader of whole rows: every column's reader over the cell the file has for it (null when the
 * file lacks the column); one problem per cell that cannot be read, all of them at once.
 */
export function rowReader<R extends Record<string, CellReader<unknown>>>(readers: R, headerOf: (column: keyof R & string) => string | undefined) {
  const fields = (Object.keys(readers) as (keyof R & string)[]).map((column) => ({ column, header: headerOf(column), read: readers[column]! }));
  return (values: Record<string, unknown>): RowRead<R> => {
    const row: Record<string, unknown> = {};
    let problems: { column: keyof R & string; message: string }[] | undefined;
    for (const { column, header, read } of fields) {
      const cell = read(header === undefined ? null : (values[header] ?? null));
      if (cell.ok) row[column] = cell.value;
      else (problems ??= []).push({ column, message: cell.message });
    }
    return problems ? { ok: false, problems } : { ok: true, row: row as RowOf<R> };
  };
}

/** A reader that reads the cell, then turns its value into another (or refuses it). */
export function thenRead<T, U>(reader: CellReader<T>, next: (value: T) => Read<U>): CellReader<U> {
  return (value) => {
    const cell = reader(value);
    return cell.ok ? next(cell.value) : cell;
  };
}
