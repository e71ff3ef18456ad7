// How fast a 20,000-row MINFIN budget file imports, against the bare cost of inserting the same
// lines with one multi-row INSERT. Run: npm run bench -- budgetImport (BENCH_ROWS changes the size).
// Works in a scratch database (bench/support/scratchDatabase.ts), migrated, seeded and dropped.
import { stringify } from 'csv-stringify/sync';
import pg from 'pg';
import { seedDemo } from '../prisma/seed';
import { importBudgetLines, prepareBudgetImport, writeBudgetImport } from '../src/imports/importBudgetLines';
import { categoryCode } from '../src/imports/minfinLayout';
import { readTable, startTableReader } from '../src/imports/readTable';
import { againstBare, benchCommand, msSince, round, type BenchResult } from './harness';
import { createScratchDatabase } from './support/scratchDatabase';

const rowCount = Number(process.env.BENCH_ROWS ?? 20_000);
const fiscalYear = 2029;

/** A small deterministic generator, so every run imports the same file. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const money = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A CKAN-layout CSV: ~300 categories under 12 programmes, many renglones, fuentes and departamentos. */
function generateCsv(renglones: string[], fuentes: string[]): { csv: string; categories: number } {
  const next = random(2029);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const programmes = [1, 11, 12, 13, 14, 15, 16, 17, 18, 19, 94, 99];
  const categories: { programa: number; subPrograma: number; proyecto: number; actividad: number; obra: number }[] = [];
  for (const programa of programmes) {
    for (let sub = 0; sub <= 2; sub++) {
      for (let act = 1; act <= 6; act++) categories.push({ programa, subPrograma: sub, proyecto: 0, actividad: act, obra: 0 });
      for (let obra = 1; obra <= 2; obra++) categories.push({ programa, subPrograma: sub, proyecto: 1 + (obra % 2), actividad: 0, obra });
    }
  }
  const headers = [
    'ejercicio', 'codigoEntidad', 'entidad', 'codigoPrograma', 'programa', 'codigoSubPrograma', 'subPrograma', 'codigoProyecto', 'proyecto',
    'codigoActividad', 'actividad', 'codigoObra', 'obra', 'codigoGrupoGasto', 'grupoGasto', 'codigoSubGrupoGasto', 'subGrupoGasto',
    'codigoRenglon', 'renglon', 'codigoFuente', 'fuente', 'codigoFinalidad', 'finalidad', 'codigoFuncion', 'funcion', 'codigoDivision', 'division',
    'codigoDepartamento', 'departamento', 'asignado', 'modificado', 'vigente', 'devengado', 'pagado',
  ];
  const seen = new Set<string>();
  const records: (string | number)[][] = [headers];
  while (records.length <= rowCount) {
    const c = pick(categories);
    const renglon = pick(renglones);
    const fuente = pick(fuentes);
    const departamento = Math.floor(next() * 23);
    const key = `${categoryCode(c)}|${renglon}|${fuente}|${departamento}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const asignado = Math.round(next() * 5_000_000_00) / 100;
    const modificado = Math.round((next() - 0.3) * asignado * 10) / 100;
    const vigente = Math.max(0, asignado + modificado);
    const devengado = Math.round(vigente * next() * 100) / 100;
    const numeric = next() < 0.5;
    records.push([
      fiscalYear, 11130009, 'MINISTERIO DE SALUD PÚBLICA Y ASISTENCIA SOCIAL',
      c.programa, c.programa === 1 ? 'ACTIVIDADES CENTRALES' : `PROGRAMA ${c.programa}`,
      c.subPrograma, c.subPrograma ? `SUBPROGRAMA ${c.subPrograma}` : 'SIN SUBPROGRAMA',
      c.proyecto, c.proyecto ? `PROYECTO ${c.proyecto}` : 'SIN PROYECTO',
      c.actividad, c.actividad ? `ACTIVIDAD ${c.actividad}` : '',
      c.obra, c.obra ? `OBRA ${c.obra}` : '',
      renglon[0]!, `GRUPO ${renglon[0]}`, renglon.slice(0, 2), `SUBGRUPO ${renglon.slice(0, 2)}`,
      numeric ? Number(renglon) : renglon, `RENGLÓN ${renglon}`, numeric ? Number(fuente) : fuente, `FUENTE ${fuente}`,
      3, 'SALUD', 3, 'SALUD', 1, 'SERVICIOS DE SALUD',
      departamento, departamento ? `DEPARTAMENTO ${departamento}` : 'MULTIDEPARTAMENTAL',
      numeric ? asignado : money(asignado), modificado < 0 ? '0.00' : money(modificado), money(vigente), money(devengado), money(devengado * 0.9),
    ]);
  }
  return { csv: stringify(records), categories: categories.length };
}

const seconds = (start: bigint) => msSince(start) / 1000;

/** The import (read, validate, write), its write alone and a re-import, against one multi-row INSERT. */
export async function run(): Promise<BenchResult> {
  // As the API does when it starts: a reader thread waits for the first file.
  startTableReader();
  const { url, db, drop } = await createScratchDatabase('budgetImport');
  try {
    await seedDemo(db, 2028);
    const institution = await db.institution.findUniqueOrThrow({ where: { code: 'MSPAS' }, select: { id: true, budgetEntityCode: true } });
    const catalogue = async (name: 'objetoGasto' | 'fuenteFinanciamiento', length: number, fallback: string[]) => {
      const codes = (await db.classifierEntry.findMany({ where: { catalogue: name }, select: { code: true } })).map((e) => e.code).filter((c) => c.length === length);
      return codes.length ? codes : fallback;
    };
    const renglones = await catalogue('objetoGasto', 3, Array.from({ length: 60 }, (_, i) => String(11 + i * 15).padStart(3, '0')));
    const fuentes = await catalogue('fuenteFinanciamiento', 2, ['11', '12', '21', '22', '29', '31', '32', '41', '52', '61']);
    const { csv, categories } = generateCsv(renglones, fuentes);
    const bytes = new TextEncoder().encode(csv);

    let start = process.hrtime.bigint();
    const table = await readTable(bytes, 'csv');
    const readSeconds = seconds(start);
    const prepared = await prepareBudgetImport(db, institution, table);
    const parseValidateSeconds = seconds(start);
    start = process.hrtime.bigint();
    const summary = await writeBudgetImport(db, prepared);
    const writeSeconds = seconds(start);
    start = process.hrtime.bigint();
    const reimport = await importBudgetLines(db, institution, await readTable(bytes, 'csv'));
    const reimportSeconds = seconds(start);
    if (summary.linesCreated !== rowCount || reimport.linesUpdated !== rowCount) throw new Error(`unexpected summaries ${JSON.stringify({ summary, reimport })}`);

    // Baseline: the same lines, already resolved to category ids, in one multi-row INSERT into an
    // empty copy of the table: its indexes and its foreign keys (the institution, the category), as
    // the import's lines pay them; and again into a copy without the foreign keys, for reference.
    const ids = new Map((await db.programmaticCategory.findMany({ where: { institutionId: institution.id, fiscalYear }, select: { id: true, code: true } })).map((c) => [c.code, c.id]));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    let baselineSeconds: number;
    let withoutForeignKeysSeconds: number;
    try {
      const literal = (v: string | null) => (v === null ? 'NULL' : client.escapeLiteral(v));
      const values = prepared.rows.map(
        (r) =>
          `(gen_random_uuid()::text, ${literal(institution.id)}, ${r.fiscalYear}, ${literal(ids.get(categoryCode(r.category))!)}, ${literal(r.objectCode)}, ${literal(r.sourceCode)}, ${literal(r.geographyCode)}, ${r.category.programa === 1}, ${r.amount}, ${[r.execution.asignado, r.execution.modificado, r.execution.vigente, r.execution.devengado, r.execution.pagado].map((a) => a ?? 'NULL').join(', ')}, now())`,
      );
      const insertInto = async (table: string) => {
        const sql = `INSERT INTO ${table} ("id", "institutionId", "fiscalYear", "categoryId", "objectCode", "sourceCode", "geographyCode", "centralActivities", "amount", "asignado", "modificado", "vigente", "devengado", "pagado", "updatedAt") VALUES ${values.join(',\n')}`;
        const started = process.hrtime.bigint();
        await client.query(sql);
        return seconds(started);
      };
      await client.query(`CREATE TABLE bench_budget_line (LIKE "BudgetLine" INCLUDING ALL,
        FOREIGN KEY ("institutionId") REFERENCES "Institution"("id"), FOREIGN KEY ("categoryId") REFERENCES "ProgrammaticCategory"("id"), FOREIGN KEY ("productId") REFERENCES "Product"("id"))`);
      baselineSeconds = await insertInto('bench_budget_line');
      await client.query('CREATE TABLE bench_budget_line_without_keys (LIKE "BudgetLine" INCLUDING ALL)');
      withoutForeignKeysSeconds = await insertInto('bench_budget_line_without_keys');
    } finally {
      await client.end();
    }

    const importSeconds = parseValidateSeconds + writeSeconds;
    const bare = { label: 'un INSERT de varias filas en una copia de la tabla, con sus claves foráneas', value: baselineSeconds };
    return {
      name: 'budgetImport',
      command: benchCommand('budgetImport'),
      figures: [
        againstBare(`importación de ${rowCount} líneas (leer, validar, escribir)`, importSeconds, 's', bare),
        againstBare('solo la escritura', writeSeconds, 's', bare),
        againstBare('reimportación (actualiza todas)', reimportSeconds, 's', bare),
        againstBare('filas por segundo', rowCount / importSeconds, 'filas/s', { label: bare.label, value: rowCount / baselineSeconds }, { target: '≥ 0.5× (razón)', met: baselineSeconds / importSeconds >= 0.5 }),
      ],
      context: {
        rows: rowCount,
        csvBytes: bytes.length,
        leafCategoriesInFile: categories,
        categoriesCreated: summary.categoriesCreated,
        bareWithoutForeignKeysSeconds: round(withoutForeignKeysSeconds),
        readSeconds: round(readSeconds),
        validateSeconds: round(parseValidateSeconds - readSeconds),
      },
    };
  } finally {
    await drop();
  }
}
