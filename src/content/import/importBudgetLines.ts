// Imports an institution's budget lines from a MINFIN-layout table: every row is checked first
// (all problems at once, nothing written if any), then categories and lines are upserted in one
// transaction with a few set-based statements, so a 20,000-row file takes seconds.
import type { Database } from '../../db/prisma';
import { categoryChain, categoryCode, executionColumns, validateMinfinTable, type CategoryNode, type ExecutionColumn, type LayoutProblem, type MinfinRow, type Table } from './minfinLayout';

export interface BudgetImportSummary {
  rows: number;
  categoriesCreated: number;
  linesCreated: number;
  linesUpdated: number;
  fiscalYears: number[];
}

/** The file has problems; nothing was written. */
export class BudgetImportRejected extends Error {
  constructor(readonly problems: LayoutProblem[]) {
    super(`El archivo tiene ${problems.length} ${problems.length === 1 ? 'error' : 'errores'}; no se importó nada`);
  }
}

export interface ImportingInstitution {
  id: string;
  budgetEntityCode: string | null;
}

export interface PreparedBudgetImport {
  institutionId: string;
  rows: MinfinRow[];
  executionColumnsPresent: ExecutionColumn[];
}

type Client = Pick<Database, '$queryRawUnsafe'>;

async function catalogueCodes(db: Database, catalogue: 'objetoGasto' | 'fuenteFinanciamiento'): Promise<Set<string> | undefined> {
  const entries = await db.classifierEntry.findMany({ where: { catalogue }, select: { code: true } });
  return entries.length ? new Set(entries.map((e) => e.code)) : undefined;
}

/** Checks every row against the layout, the institution's entity code and the catalogues (when filled). */
export async function prepareBudgetImport(db: Database, institution: ImportingInstitution, table: Table): Promise<PreparedBudgetImport> {
  const [objectCodes, sourceCodes] = await Promise.all([catalogueCodes(db, 'objetoGasto'), catalogueCodes(db, 'fuenteFinanciamiento')]);
  const { rows, problems, executionColumnsPresent } = validateMinfinTable(table, { entityCode: institution.budgetEntityCode, objectCodes, sourceCodes });
  if (problems.length) throw new BudgetImportRejected(problems);
  return { institutionId: institution.id, rows, executionColumnsPresent };
}

const utcNow = `(now() AT TIME ZONE 'UTC')`;

/** Upserts one level of the category tree; answers the id of every category by year and code. */
async function upsertCategories(tx: Client, institutionId: string, nodes: (CategoryNode & { fiscalYear: number; parentId: string | null })[]) {
  const written = await tx.$queryRawUnsafe<{ id: string; fiscalYear: number; code: string; inserted: boolean }[]>(
    `INSERT INTO "ProgrammaticCategory" ("id", "institutionId", "fiscalYear", "code", "programa", "subPrograma", "proyecto", "actividad", "obra", "name", "parentId", "updatedAt")
     SELECT gen_random_uuid()::text, $1, t.year, t.code, t.p, t.s, t.pr, t.a, t.o, t.name, t.parent, ${utcNow}
     FROM unnest($2::int[], $3::text[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[], $9::text[], $10::text[]) AS t(year, code, p, s, pr, a, o, name, parent)
     ON CONFLICT ("institutionId", "fiscalYear", "code") DO UPDATE SET "name" = EXCLUDED."name", "parentId" = EXCLUDED."parentId", "updatedAt" = EXCLUDED."updatedAt"
     RETURNING "id", "fiscalYear", "code", (xmax = 0) AS inserted`,
    institutionId,
    nodes.map((n) => n.fiscalYear),
    nodes.map((n) => n.code),
    nodes.map((n) => n.programa),
    nodes.map((n) => n.subPrograma),
    nodes.map((n) => n.proyecto),
    nodes.map((n) => n.actividad),
    nodes.map((n) => n.obra),
    nodes.map((n) => n.name),
    nodes.map((n) => n.parentId),
  );
  return written;
}

const categoryKey = (fiscalYear: number, code: string) => `${fiscalYear}|${code}`;

/** The category tree the rows need, level by level (parents first); answers the ids by year and code. */
async function writeCategories(tx: Client, institutionId: string, rows: MinfinRow[]) {
  const levels: Map<string, CategoryNode & { fiscalYear: number }>[] = [];
  for (const row of rows) {
    for (const node of categoryChain(row.category, row.names)) {
      const level = (levels[node.depth] ??= new Map());
      const key = categoryKey(row.fiscalYear, node.code);
      if (!level.has(key)) level.set(key, { ...node, fiscalYear: row.fiscalYear });
    }
  }
  const ids = new Map<string, string>();
  let created = 0;
  for (const level of levels) {
    const nodes = [...level.values()].map((n) => ({ ...n, parentId: n.parentCode ? ids.get(categoryKey(n.fiscalYear, n.parentCode))! : null }));
    for (const written of await upsertCategories(tx, institutionId, nodes)) {
      ids.set(categoryKey(written.fiscalYear, written.code), written.id);
      if (written.inserted) created++;
    }
  }
  return { ids, created };
}

const linesPerStatement = 5000;

/** Upserts the lines: amounts overwritten, the planner's product link and centralActivities kept. */
async function writeLines(tx: Client, prepared: PreparedBudgetImport, categoryIds: Map<string, string>) {
  const { institutionId, rows, executionColumnsPresent } = prepared;
  const overwrite = ['"amount" = EXCLUDED."amount"', ...executionColumnsPresent.map((c) => `"${c}" = EXCLUDED."${c}"`), '"updatedAt" = EXCLUDED."updatedAt"'].join(', ');
  const sql = `WITH written AS (
      INSERT INTO "BudgetLine" ("id", "institutionId", "fiscalYear", "categoryId", "objectCode", "sourceCode", "geographyCode", "centralActivities", "amount", ${executionColumns.map((c) => `"${c}"`).join(', ')}, "updatedAt")
      SELECT gen_random_uuid()::text, $1, t.year, t.category, t.object, t.source, t.geography, t.central, t.amount, ${executionColumns.map((c) => `t.${c}`).join(', ')}, ${utcNow}
      FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bool[], $8::numeric[], $9::numeric[], $10::numeric[], $11::numeric[], $12::numeric[], $13::numeric[])
        AS t(year, category, object, source, geography, central, amount, ${executionColumns.join(', ')})
      ON CONFLICT ("institutionId", "fiscalYear", "categoryId", "objectCode", "sourceCode", "geographyCode") DO UPDATE SET ${overwrite}
      RETURNING (xmax = 0) AS inserted)
    SELECT (count(*) FILTER (WHERE inserted))::int AS created, (count(*) FILTER (WHERE NOT inserted))::int AS updated FROM written`;
  let created = 0;
  let updated = 0;
  for (let start = 0; start < rows.length; start += linesPerStatement) {
    const batch = rows.slice(start, start + linesPerStatement);
    const [counts] = await tx.$queryRawUnsafe<{ created: number; updated: number }[]>(
      sql,
      institutionId,
      batch.map((r) => r.fiscalYear),
      batch.map((r) => categoryIds.get(categoryKey(r.fiscalYear, categoryCode(r.category)))!),
      batch.map((r) => r.objectCode),
      batch.map((r) => r.sourceCode),
      batch.map((r) => r.geographyCode),
      batch.map((r) => r.category.programa === 1),
      batch.map((r) => r.amount),
      ...executionColumns.map((c) => batch.map((r) => r.execution[c])),
    );
    created += counts?.created ?? 0;
    updated += counts?.updated ?? 0;
  }
  return { created, updated };
}

/** Writes checked rows in one transaction: categories (parents first), then the lines. */
export async function writeBudgetImport(db: Database, prepared: PreparedBudgetImport): Promise<BudgetImportSummary> {
  return db.$transaction(
    async (tx) => {
      const categories = await writeCategories(tx, prepared.institutionId, prepared.rows);
      const lines = await writeLines(tx, prepared, categories.ids);
      return {
        rows: prepared.rows.length,
        categoriesCreated: categories.created,
        linesCreated: lines.created,
        linesUpdated: lines.updated,
        fiscalYears: [...new Set(prepared.rows.map((r) => r.fiscalYear))].sort((a, b) => a - b),
      };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** Checks the whole table and, if every row is right, writes it; otherwise throws BudgetImportRejected. */
export async function importBudgetLines(db: Database, institution: ImportingInstitution, table: Table): Promise<BudgetImportSummary> {
  return writeBudgetImport(db, await prepareBudgetImport(db, institution, table));
}
