// An institutions file (CSV, Excel or JSON) to checked rows: each column under its English name or
// its Spanish one, kinds in either language, codes as a spreadsheet writes them (01 typed as 1).
// Every problem of every row is listed; the file is written only when there is none.
import type { Table } from '../imports/minfinLayout';
import { institutionBody, institutionKinds } from '../api/schemas';
import type { Database } from '../db/prisma';
import type { DataChange } from '../audit/recordChange';
import { Refusal } from '../domain/refusal';
import { institutionImportProblems, writeInstitutions, type InstitutionImportProblem, type InstitutionRow } from './institutions';

/** The columns of the template, in order. */
export const institutionColumns = [
  'code',
  'budgetEntityCode',
  'name',
  'shortName',
  'kind',
  'sector',
  'departmentCode',
  'municipalityCode',
  'timeZone',
  'active',
  'coordinatorCodes',
] as const;
type Column = (typeof institutionColumns)[number];

const spanishColumns: Record<string, Column> = {
  codigo: 'code',
  codigoentidad: 'budgetEntityCode',
  nombre: 'name',
  nombrecorto: 'shortName',
  tipo: 'kind',
  clase: 'kind',
  sector: 'sector',
  codigodepartamento: 'departmentCode',
  departamento: 'departmentCode',
  codigomunicipio: 'municipalityCode',
  municipio: 'municipalityCode',
  zonahoraria: 'timeZone',
  activa: 'active',
  activo: 'active',
  coordinadores: 'coordinatorCodes',
};

const spanishKinds: Record<string, (typeof institutionKinds)[number]> = {
  ministerio: 'ministry',
  coordinador: 'coordinator',
  ente_coordinador: 'coordinator',
  secretaria: 'secretariat',
  descentralizada: 'decentralised',
  descentralizado: 'decentralised',
  autonoma: 'autonomous',
  autonomo: 'autonomous',
  municipalidad: 'municipality',
  municipio: 'municipality',
  otra: 'other',
  otro: 'other',
};

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

function columnOf(header: string): Column | undefined {
  const known = institutionColumns.find((c) => c.toLowerCase() === header.trim().toLowerCase());
  return known ?? spanishColumns[plain(header).replace(/_/g, '')];
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());

/** A code a spreadsheet turned into a number (1 for 01); MINFIN's department x 100 (400) too. */
function paddedCode(value: unknown, width: number): string | null {
  const code = text(value);
  if (!code) return null;
  if (width === 2 && /^\d{3,4}$/.test(code) && code.endsWith('00')) return code.slice(0, -2).padStart(2, '0');
  return /^\d+$/.test(code) && code.length < width ? code.padStart(width, '0') : code;
}

function booleanOf(value: unknown): unknown {
  if (typeof value === 'boolean') return value;
  const word = plain(text(value));
  if (word === '') return undefined;
  if (['true', 'si', '1', 'activa', 'activo', 'yes'].includes(word)) return true;
  if (['false', 'no', '0', 'inactiva', 'inactivo', 'baja'].includes(word)) return false;
  return word;
}

function rowInput(values: Partial<Record<Column, unknown>>): Record<string, unknown> {
  const kind = plain(text(values.kind));
  return {
    code: text(values.code),
    budgetEntityCode: text(values.budgetEntityCode) || null,
    name: text(values.name),
    shortName: text(values.shortName) || null,
    kind: spanishKinds[kind] ?? kind,
    sector: text(values.sector) || null,
    departmentCode: paddedCode(values.departmentCode, 2),
    municipalityCode: paddedCode(values.municipalityCode, 4),
    ...(text(values.timeZone) ? { timeZone: text(values.timeZone) } : {}),
    ...(booleanOf(values.active) !== undefined ? { active: booleanOf(values.active) } : {}),
    coordinatorCodes: text(values.coordinatorCodes)
      .split(/[;,|]/)
      .map((c) => c.trim())
      .filter(Boolean),
  };
}

/** Reads a table's rows; problems of form are listed with their row and column. */
export function institutionRows(table: Table): { rows: InstitutionRow[]; problems: InstitutionImportProblem[] } {
  const columns = new Map(table.headers.map((h) => [h, columnOf(h)] as const));
  const present = new Set(columns.values());
  const problems: InstitutionImportProblem[] = [];
  for (const required of ['code', 'name', 'kind'] as const) {
    if (!present.has(required)) problems.push({ row: table.headerRow ?? 1, column: required, message: `falta la columna ${required}` });
  }
  if (problems.length) return { rows: [], problems };
  const rows: InstitutionRow[] = [];
  for (const record of table.records) {
    const values: Partial<Record<Column, unknown>> = {};
    for (const [header, value] of Object.entries(record.values)) {
      const column = columns.get(header) ?? columnOf(header);
      if (column) values[column] = value;
    }
    const parsed = institutionBody.safeParse(rowInput(values));
    if (parsed.success) rows.push({ row: record.row, input: parsed.data });
    else for (const issue of parsed.error.issues) problems.push({ row: record.row, column: String(issue.path[0] ?? ''), message: issue.message });
  }
  return { rows, problems };
}

/** Imports a file of institutions all or nothing: every problem, or the counts written. */
/** `actor`: who imports; one audit row with the counts is written in the import's transaction. */
/** POST /api/imports/institutions: 200 when every row was good (all or nothing). */
export interface InstitutionImportSummary {
  created: number;
  updated: number;
  institutions: number;
}

export async function importInstitutions(db: Database, table: Table, actor?: DataChange['actor']): Promise<InstitutionImportSummary> {
  const { rows, problems } = institutionRows(table);
  const all = [...problems, ...(await institutionImportProblems(db, rows))].sort((a, b) => a.row - b.row);
  if (all.length) {
    const count = all.length === 1 ? 'un problema' : `${all.length} problemas`;
    throw new Refusal('rejected', `El archivo tiene ${count}: no se importó ninguna institución`, undefined, all);
  }
  const written = await writeInstitutions(db, rows, actor);
  return { ...written, institutions: rows.length };
}

