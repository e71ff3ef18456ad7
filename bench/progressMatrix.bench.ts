// The progress matrix of a large cycle: GET /api/cycles/:id/progress through the real Express app
// over HTTP, against one hand-written SQL query (pg, no ORM) that returns the same cells: the whole
// matrix, and the first page of 25 institutions that the console asks for.
// Run: npm run bench -- progressMatrix (BENCH_INSTITUTIONS, BENCH_REQUESTS change the sizes).
import pg from 'pg';
import { againstBare, benchCommand, percentile, round, timeRepeated, type BenchResult } from './harness';
import { startBenchApp } from './support/benchApp';
import { seedDemo } from '../prisma/seed';
import { benchCoordinatorEmail, seedProgressCycle } from '../support/progressCycle';
import { createScratchDatabase } from './support/scratchDatabase';

const institutionCount = Number(process.env.BENCH_INSTITUTIONS ?? 1000);
const requests = Number(process.env.BENCH_REQUESTS ?? 200);
const warmUp = 20;
/** The console's page of the matrix. */
const pagePerPage = 25;
/** Issue 20's goal: the route's p95 within 1.2 times the hand-written SQL's. */
const routeToSqlTarget = 1.2;

/**
 * Every cell of the matrix in one query: members x institution stages (and the coordination
 * row, institution null), with status, deadline, days to it, overdue and who holds the stage.
 * $1 cycle id, $2 stage codes and $3 their scopes in template order, $4 the cycle's "now", $5 how
 * many institutions (null: all) and $6 from which, in code order.
 */
const matrixSql = `
WITH template AS (SELECT code, scope, ord FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS t(code, scope, ord)),
chosen AS (
  SELECT i.id, i.code, i."timeZone", m."cycleId" FROM "InstitutionCycle" m JOIN "Institution" i ON i.id = m."institutionId"
  WHERE m."cycleId" = $1 ORDER BY i.code LIMIT $5 OFFSET $6
),
cells AS (
  SELECT i.id AS "institutionId", i.code AS "institutionCode", i."timeZone", t.code AS "stageCode", t.ord, s.id, s.status, s.deadline, s.overdue, s."reviewLevel", s."approvalChain", s."institutionId" AS owner
  FROM chosen i
  JOIN template t ON t.scope = 'institution'
  LEFT JOIN "Stage" s ON s."cycleId" = i."cycleId" AND s."institutionId" = i.id AND s.code = t.code
  UNION ALL
  SELECT NULL, NULL, NULL, t.code, t.ord, s.id, s.status, s.deadline, s.overdue, s."reviewLevel", s."approvalChain", s."institutionId"
  FROM template t
  LEFT JOIN LATERAL (SELECT * FROM "Stage" c WHERE c."cycleId" = $1 AND c.scope = 'coordination' AND c.code = t.code LIMIT 1) s ON true
  WHERE t.scope = 'coordination'
)
SELECT c."institutionId", c."institutionCode", c."timeZone", c."stageCode", c.id AS "stageId",
  COALESCE(c.status::text, 'not_open') AS status,
  c.deadline AT TIME ZONE 'UTC' AS deadline,
  CASE WHEN c.id IS NULL OR c.status = 'approved' THEN NULL
    ELSE sign(extract(epoch FROM (c.deadline AT TIME ZONE 'UTC') - $4::timestamptz))
      * ceil(abs(extract(epoch FROM (c.deadline AT TIME ZONE 'UTC') - $4::timestamptz)) / 86400) END::int AS "daysToDeadline",
  COALESCE(c.overdue, false) AS overdue,
  CASE WHEN c.status = 'approved' THEN NULL
    WHEN c.status = 'draft' THEN 'planner@' || COALESCE(o.code, '?')
    ELSE (c."approvalChain" -> c."reviewLevel" ->> 'role') || '@' || COALESCE(h.code, '?') END AS "heldBy"
FROM cells c
LEFT JOIN "Institution" o ON o.id = c.owner
LEFT JOIN "Institution" h ON h.id = c."approvalChain" -> c."reviewLevel" ->> 'institutionId'
ORDER BY c."institutionCode" NULLS FIRST, c.ord`;

interface Cell {
  stageCode: string;
  stageId: string | null;
  status: string;
  deadline: string | Date | null;
  daysToDeadline: number | null;
  overdue: boolean;
  heldBy: string | null;
}
interface MatrixAnswer {
  calendarNow: string;
  coordination: Cell[];
  institutions: { institutionCode: string; cells: Cell[] }[];
}

/** Fails unless the SQL rows and the route's answer hold the same cells, in the same order. */
function assertSameCells(answer: MatrixAnswer, rows: (Cell & { institutionCode: string | null })[]): void {
  const fromRoute = [...answer.coordination.map((c) => ({ ...c, institutionCode: null as string | null })), ...answer.institutions.flatMap((i) => i.cells.map((c) => ({ ...c, institutionCode: i.institutionCode })))];
  const comparable = (c: Cell & { institutionCode: string | null }) =>
    JSON.stringify([c.institutionCode, c.stageCode, c.stageId, c.status, c.deadline === null ? null : new Date(c.deadline).getTime(), c.daysToDeadline, c.overdue, c.heldBy]);
  if (fromRoute.length !== rows.length) throw new Error(`La consulta SQL da ${rows.length} celdas y la ruta ${fromRoute.length}`);
  fromRoute.forEach((cell, n) => {
    if (comparable(cell) !== comparable(rows[n]!)) throw new Error(`Celda ${n} distinta:\n ruta ${comparable(cell)}\n SQL  ${comparable(rows[n]!)}`);
  });
}

export async function run(): Promise<BenchResult> {
  const scratch = await createScratchDatabase('progressMatrix');
  try {
    await seedDemo(scratch.db, 2028);
    const cycle = await seedProgressCycle(scratch.db, institutionCount);
    const app = await startBenchApp(scratch.db);
    const sql = new pg.Client({ connectionString: scratch.url });
    await sql.connect();
    try {
      const token = await app.login(benchCoordinatorEmail);
      const matrixUrl = `${app.baseUrl}/api/cycles/${cycle.cycleId}/progress`;
      const stageCodes = cycle.template.stages.map((s) => s.code);
      const stageScopes = cycle.template.stages.map((s) => s.scope);
      const bytes: Record<string, number> = {};
      /** The route and the SQL for `perPage` institutions (undefined: all), checked to hold the same cells first. */
      const side = async (name: string, perPage: number | undefined) => {
        const url = perPage === undefined ? matrixUrl : `${matrixUrl}?page=1&perPage=${perPage}`;
        const answer = (await (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).json()) as MatrixAnswer;
        const query = () => sql.query(matrixSql, [cycle.cycleId, stageCodes, stageScopes, answer.calendarNow, perPage ?? null, 0]);
        assertSameCells(answer, (await query()).rows);
        const route = async () => {
          const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
          if (response.status !== 200) throw new Error(`GET progress: ${response.status} ${await response.text()}`);
          bytes[name] = (await response.arrayBuffer()).byteLength;
        };
        return { answer, route, query };
      };
      const whole = await side('whole', undefined);
      const firstPage = await side('page', pagePerPage);

      // Interleaved in two halves, so a burst of load from elsewhere falls on both sides.
      const half = Math.ceil(requests / 2);
      const timed = async (run: () => Promise<unknown>, part: 'first' | 'second') => timeRepeated(part === 'first' ? half : requests - half, part === 'first' ? warmUp : 0, run);
      const samples = { route: [] as number[], sql: [] as number[], pageRoute: [] as number[], pageSql: [] as number[] };
      for (const part of ['first', 'second'] as const) {
        samples.route.push(...(await timed(whole.route, part)));
        samples.sql.push(...(await timed(whole.query, part)));
        samples.pageRoute.push(...(await timed(firstPage.route, part)));
        samples.pageSql.push(...(await timed(firstPage.query, part)));
      }

      const bare = (value: number) => ({ label: 'una consulta SQL escrita a mano (pg)', value });
      const ratioTarget = (route: number[], query: number[]) => ({ target: `≤ ${routeToSqlTarget}× (razón)`, met: percentile(route, 95) <= routeToSqlTarget * percentile(query, 95) });
      const answer = whole.answer;
      const cells = answer.institutions.length * (answer.institutions[0]?.cells.length ?? 0) + answer.coordination.length;
      return {
        name: 'progressMatrix',
        command: benchCommand('progressMatrix'),
        figures: [
          againstBare(`GET /api/cycles/:id/progress, matriz entera, p50 (${institutionCount} instituciones)`, percentile(samples.route, 50), 'ms', bare(percentile(samples.sql, 50))),
          againstBare(`GET /api/cycles/:id/progress, matriz entera, p95 (${institutionCount} instituciones)`, percentile(samples.route, 95), 'ms', bare(percentile(samples.sql, 95)), ratioTarget(samples.route, samples.sql)),
          againstBare(`GET /api/cycles/:id/progress?perPage=${pagePerPage}, la página que pide la consola, p50 (${institutionCount} instituciones)`, percentile(samples.pageRoute, 50), 'ms', bare(percentile(samples.pageSql, 50))),
          againstBare(
            `GET /api/cycles/:id/progress?perPage=${pagePerPage}, la página que pide la consola, p95 (${institutionCount} instituciones)`,
            percentile(samples.pageRoute, 95),
            'ms',
            bare(percentile(samples.pageSql, 95)),
            ratioTarget(samples.pageRoute, samples.pageSql),
          ),
        ],
        context: {
          institutions: institutionCount,
          templateStages: `${cycle.template.stages.length} de la plantilla GT (${answer.coordination.length} de coordinación + ${answer.institutions[0]?.cells.length} por institución)`,
          cells,
          stageRows: cycle.stageRows,
          answerBytes: bytes,
          page: `primera página de ${pagePerPage} instituciones, sin filtros, con la fila de coordinación y los totales; la consulta SQL lee las mismas ${pagePerPage}`,
          requests: `${requests} de cada lado tras ${warmUp} de calentamiento, alternados en dos mitades`,
          route: 'HTTP por loopback a la app Express real (sesión de coordinador), cliente fetch en el mismo proceso; incluye autenticación y JSON',
          bare: 'la misma matriz (mismas celdas, comprobado) en una consulta con pg sobre una conexión abierta',
          maxMs: Object.fromEntries(Object.entries(samples).map(([name, ms]) => [name, round(Math.max(...ms), 1)])),
        },
      };
    } finally {
      await sql.end();
      await app.close();
    }
  } finally {
    await scratch.drop();
  }
}
