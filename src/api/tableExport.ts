// Sends rows as a downloadable file: CSV (UTF-8 with BOM, so Excel shows accents) or Excel .xlsx.
// Every list's GET /api/<resource>/export?format=csv|xlsx answers through this one function.
import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { Prisma } from '../db/generated/client';

export const exportFormat = z.enum(['csv', 'xlsx'], 'debe ser csv o xlsx');
export type ExportFormat = z.output<typeof exportFormat>;

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The union of the rows' keys, in the order they are first seen. */
export function columnsOf(rows: readonly Record<string, unknown>[]): string[] {
  const columns = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
  return [...columns];
}

/** Text a spreadsheet would run as a formula (=, +, -, @ or a control character first) gets a leading apostrophe. */
function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A value as a cell: dates as ISO strings, nothing as empty, decimals as numbers, objects as JSON. */
function cell(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (Prisma.Decimal.isDecimal(value)) return (value as Prisma.Decimal).toNumber();
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'object') return inert(JSON.stringify(value));
  if (typeof value === 'string') return inert(value);
  return value as number | boolean;
}

function csvCell(value: unknown): string {
  if (Prisma.Decimal.isDecimal(value)) return (value as Prisma.Decimal).toFixed();
  return String(cell(value));
}

/** A file name safe for a Content-Disposition header and for Excel's sheet name. */
export function safeName(fileName: string): string {
  return fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\w.-]+/g, '_').replace(/^_+|_+$/g, '') || 'export';
}

/**
 * Sends rows as `<fileName>.csv` or `<fileName>.xlsx`. Columns are the union of the rows' keys
 * in first-seen order, unless given (an empty export still has its headers then).
 */
export async function sendTable(res: Response, format: ExportFormat, fileName: string, rows: Record<string, unknown>[], columns: string[] = columnsOf(rows)): Promise<void> {
  const name = safeName(fileName);
  res.setHeader('Content-Disposition', `attachment; filename="${name}.${format}"`);
  if (format === 'csv') {
    const text = stringify([columns, ...rows.map((row) => columns.map((c) => csvCell(row[c])))], { bom: true, record_delimiter: 'windows' });
    res.type('text/csv; charset=utf-8').send(text);
    return;
  }
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(name.slice(0, 31));
  sheet.addRow(columns).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) sheet.addRow(columns.map((c) => cell(row[c])));
  columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, column.length + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  res.type(xlsxContentType).send(Buffer.from(buffer as ArrayBuffer));
}
