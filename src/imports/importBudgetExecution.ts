// Imports SICOIN's monthly execution of an institution's budget lines: every row is checked first
// (layout, figures, and that it names a line already imported), all problems at once and nothing
// written if any; then each line's months are upserted and the line takes its latest month's
// figures, in one transaction with a few set-based statements.
import { recordChange, type DataChange } from '../audit/recordChange';
import type { Database } from '../db/prisma';
import { executionLineKey, matchStoredLines, validateExecutionTable, type MatchedExecution, type StoredLines } from './executionLayout';
import type { ImportingInstitution } from './importBudgetLines';
import type { LayoutProblem, Table } from './minfinLayout';

export interface BudgetExecutionSummary {
  fiscalYear: number;
  rows: number;
  /** Budget lines with at least one month in the file. */
  lines: number;
  /** The months the file brings, in order. */
  months: number[];
  created: number;
  updated: number;
}

/** The file has problems; nothing was written. */
export class BudgetExecutionRejected extends Error {
  constructor(readonly problems: LayoutProblem[]) {
    super(`El archivo tiene ${problems.length} ${problems.length === 1 ? 'error' : 'errores'}; no se importó nada`);
  }
}

type Client = Pick<Database, '$queryRawUnsafe' | '$executeRawUnsafe'>;

/** The institution's categories and lines of the year, keyed as the file names them. */
async function storedLines(db: Database, institutionId: string, fiscalYear: number): Promise<StoredLines> {
  const [categories, lines] = await Promise.all([
    db.programmaticCategory.findMany({ where: { institutionId, fiscalYear }, select: { code: true } }),
    db.budgetLine.findMany({ where: { institutionId, fiscalYear }, select: { id: true, objectCode: true, sourceCode: true, geographyCode: true, category: { select: { programa: true, subPrograma: true, proyecto: true, actividad: true, obra: true } } } }),
  ]);
  return {
    categoryCodes: new Set(categories.map((c) => c.code)),
    lineIds: new Map(lines.map((l) => [executionLineKey(l), l.id])),
  };
}

/** Header problems first, then by row, each row's problems in the order they were found. */
function byRow(problems: LayoutProblem[]): LayoutProblem[] {
  return [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** Checks the whole table against the layout and the stored lines; throws BudgetExecutionRejected with every problem. */
export async function prepareBudgetExecution(db: Database, institution: ImportingInstitution, table: Table, fiscalYear?: number): Promise<{ fiscalYear: number; rows: MatchedExecution[] }> {
  const validated = validateExecutionTable(table, { fiscalYear, entityCode: institution.budgetEntityCode });
  const year = validated.fiscalYear;
  if (year === undefined) throw new BudgetExecutionRejected(byRow(validated.problems));
  const matched = matchStoredLines(validated, await storedLines(db, institution.id, year));
  const problems = [...validated.problems, ...matched.problems];
  if (problems.length) throw new BudgetExecutionRejected(byRow(problems));
  return { fiscalYear: year, rows: matched.rows };
}

const utcNow = `(now() AT TIME ZONE 'UTC')`;
const rowsPerStatement = 5000;

/** Upserts the months by (line, month); answers how many were new and how many replaced. */
async function writeMonths(tx: Client, rows: MatchedExecution[]) {
  const sql = `WITH written AS (
      INSERT INTO "BudgetExecution" ("id", "budgetLineId", "month", "vigente", "devengado", "pagado", "updatedAt")
      SELECT gen_random_uuid()::text, t.line, t.month, t.vigente, t.devengado, t.pagado, ${utcNow}
      FROM unnest($1::text[], $2::int[], $3::numeric[], $4::numeric[], $5::numeric[]) AS t(line, month, vigente, devengado, pagado)
      ON CONFLICT ("budgetLineId", "month") DO UPDATE SET "vigente" = EXCLUDED."vigente", "devengado" = EXCLUDED."devengado", "pagado" = EXCLUDED."pagado", "updatedAt" = EXCLUDED."updatedAt"
      RETURNING (xmax = 0) AS inserted)
    SELECT (count(*) FILTER (WHERE inserted))::int AS created, (count(*) FILTER (WHERE NOT inserted))::int AS updated FROM written`;
  let created = 0;
  let updated = 0;
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const batch = rows.slice(start, start + rowsPerStatement);
    const [counts] = await tx.$queryRawUnsafe<{ created: number; updated: number }[]>(
      sql,
      batch.map((r) => r.budgetLineId),
      batch.map((r) => r.month),
      batch.map((r) => r.figures.vigente),
      batch.map((r) => r.figures.devengado),
      batch.map((r) => r.figures.pagado),
    );
    created += counts?.created ?? 0;
    updated += counts?.updated ?? 0;
  }
  return { created, updated };
}

/**
 * Each line takes the figures of its latest stored month, earlier imports included: a file of
 * January sent after March's leaves the line at March.
 */
async function refreshLineFigures(tx: Client, lineIds: string[]) {
  for (let start = 0; start < lineIds.length; start += rowsPerStatement) {
    await tx.$executeRawUnsafe(
      `UPDATE "BudgetLine" AS b SET "vigente" = e."vigente", "devengado" = e."devengado", "pagado" = e."pagado", "updatedAt" = ${utcNow}
       FROM (SELECT DISTINCT ON ("budgetLineId") "budgetLineId", "vigente", "devengado", "pagado" FROM "BudgetExecution"
             WHERE "budgetLineId" = ANY($1::text[]) ORDER BY "budgetLineId", "month" DESC) AS e
       WHERE b."id" = e."budgetLineId"`,
      lineIds.slice(start, start + rowsPerStatement),
    );
  }
}

/** Checks the whole table and, if every row is right, writes it; otherwise throws BudgetExecutionRejected. */
/** `actor`: who imports; the audit row (counts, not rows) is written in the import's transaction. */
export async function importBudgetExecution(
  db: Database,
  institution: ImportingInstitution,
  table: Table,
  fiscalYear?: number,
  actor?: DataChange['actor'],
): Promise<BudgetExecutionSummary> {
  const prepared = await prepareBudgetExecution(db, institution, table, fiscalYear);
  const lineIds = [...new Set(prepared.rows.map((r) => r.budgetLineId))];
  return db.$transaction(
    async (tx) => {
      const months = await writeMonths(tx, prepared.rows);
      await refreshLineFigures(tx, lineIds);
      const summary = {
        fiscalYear: prepared.fiscalYear,
        rows: prepared.rows.length,
        lines: lineIds.length,
        months: [...new Set(prepared.rows.map((r) => r.month))].sort((a, b) => a - b),
        ...months,
      };
      if (actor) {
        await recordChange(tx, { actor, entity: 'imports', entityId: 'budget-execution', institutionId: institution.id, action: 'imported', summary: { kind: 'budget-execution', ...summary } });
      }
      return summary;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
