// The progress matrix of a large cycle: GET /api/cycles/:id/progress through the real Express app
// over HTTP, against one hand-written SQL query (pg, no ORM) that returns the same cells.
// Run: npm run bench -- progressMatrix (BENCH_INSTITUTIONS, BENCH_REQUESTS change the sizes).
import pg from 'pg';
import { againstBare, benchCommand, percentile, round, timeRepeated, type BenchResult } from './harness';
import { startBenchApp } from './support/benchApp';
import { benchCoordinatorEmail, seedProgressCycle } from './support/progressCycle';
import { createScratchDatabase } from './support/scratchDatabase';

const institutionCount = Number(process.env.BENCH_INSTITUTIONS ?? 1000);
const requests = Number(process.env.BENCH_REQUESTS ?? 200);
const warmUp = 20;

/**
 * Every cell of the matrix in one query: members x institution stages (and the coordination
 * row, institution null), with status, deadline, days to it, overdue and who holds the stage.
 * $1 cycle id, $2 stage codes and $3 their scopes in template order, $4 the cycle's "now".
 */
const matrixSql = `
WITH template AS (SELECT code, scope, ord FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS t(code, scope, ord)),
cells AS (
  SELECT i.id AS "institutionId", i.code AS "institutionCode", i."timeZone", t.code AS "stageCode", t.ord, s.id, s.status, s.deadline, s.overdue, s."reviewLevel", s."approvalChain", s."institutionId" AS owner
  FROM "InstitutionCycle" m
  JOIN "Institution" i ON i.id = m."institutionId"
  JOIN template t ON t.scope = 'institution'
  LEFT JOIN "Stage" s ON s."cycleId" = m."cycleId" AND s."institutionId" = m."institutionId" AND s.code = t.code
  WHERE m."cycleId" = $1
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
    const cycle = await seedProgressCycle(scratch.db, institutionCount);
    const app = await startBenchApp(scratch.db);
    const sql = new pg.Client({ connectionString: scratch.url });
    await sql.connect();
    try {
      const token = await app.login(benchCoordinatorEmail);
      const url = `${app.baseUrl}/api/cycles/${cycle.cycleId}/progress`;
      let bytes = 0;
      const getMatrix = async () => {
        const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
        if (response.status !== 200) throw new Error(`GET progress: ${response.status} ${await response.text()}`);
        bytes = (await response.arrayBuffer()).byteLength;
      };
      const answer = (await (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).json()) as MatrixAnswer;
      const query = () =>
        sql.query(matrixSql, [cycle.cycleId, cycle.template.stages.map((s) => s.code), cycle.template.stages.map((s) => s.scope), answer.calendarNow]);
      assertSameCells(answer, (await query()).rows);

      // Interleaved in two halves, so a burst of load from elsewhere falls on both sides.
      const half = Math.ceil(requests / 2);
      const routeMs = [...(await timeRepeated(half, warmUp, getMatrix))];
      const sqlMs = [...(await timeRepeated(half, warmUp, query))];
      routeMs.push(...(await timeRepeated(requests - half, 0, getMatrix)));
      sqlMs.push(...(await timeRepeated(requests - half, 0, query)));

      const [p50, p95, sqlP50, sqlP95] = [percentile(routeMs, 50), percentile(routeMs, 95), percentile(sqlMs, 50), percentile(sqlMs, 95)];
      const bare = (value: number) => ({ label: 'una consulta SQL escrita a mano (pg)', value });
      const cells = answer.institutions.length * (answer.institutions[0]?.cells.length ?? 0) + answer.coordination.length;
      return {
        name: 'progressMatrix',
        command: benchCommand('progressMatrix'),
        figures: [
          againstBare(`GET /api/cycles/:id/progress, p50 (${institutionCount} instituciones)`, p50, 'ms', bare(sqlP50)),
          againstBare(`GET /api/cycles/:id/progress, p95 (${institutionCount} instituciones)`, p95, 'ms', bare(sqlP95), { target: '≤ 50 ms', met: p95 <= 50 }),
          { label: 'p95 de la ruta / p95 de la consulta SQL', value: round(p95 / sqlP95, 2), unit: '×', target: '≤ 3×', met: p95 <= 3 * sqlP95 },
        ],
        context: {
          institutions: institutionCount,
          templateStages: `${cycle.template.stages.length} de la plantilla GT (${answer.coordination.length} de coordinación + ${answer.institutions[0]?.cells.length} por institución)`,
          cells,
          stageRows: cycle.stageRows,
          answerBytes: bytes,
          requests: `${requests} de cada lado tras ${warmUp} de calentamiento, alternados en dos mitades`,
          route: 'HTTP por loopback a la app Express real (sesión de coordinador), cliente fetch en el mismo proceso; incluye autenticación y JSON',
          bare: 'la misma matriz (mismas celdas, comprobado) en una consulta con pg sobre una conexión abierta',
          maxMs: { route: round(Math.max(...routeMs), 1), sql: round(Math.max(...sqlMs), 1) },
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
