// /api/imports: budget lines, and later their monthly execution, uploaded as a file in MINFIN's
// open-data layout (CSV, Excel or the CKAN datastore's JSON), and the empty templates to fill.
// The file is the raw request body.
import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { importInstitutions, institutionColumns } from '../../administration/institutionImport';
import type { Database } from '../../db/prisma';
import { executionTemplateColumns } from '../../imports/executionLayout';
import { BudgetExecutionRejected, importBudgetExecution } from '../../imports/importBudgetExecution';
import { BudgetImportRejected, importBudgetLines } from '../../imports/importBudgetLines';
import { templateColumns, type Table } from '../../imports/minfinLayout';
import { formatOfContentType, readTable, TableLimitError, tableFormats, UnreadableTableError, type TableFormat } from '../../imports/readTable';
import { MAX_FILE_BYTES } from '../../imports/tableLimits';
import { currentUser, requireRole } from '../authenticate';
import { HttpError, notFound, type Problem } from '../httpErrors';
import { exportFormat, sendTable } from '../tableExport';

/** The most problems one answer lists; its message still counts them all. */
const problemsShown = 1000;

export const budgetImportQuery = z.object({
  institutionId: z.string('es obligatorio').trim().min(1, 'es obligatorio'),
  format: z.enum(tableFormats, 'debe ser csv, xlsx o json').optional(),
});
/** acceptCodes=true: the codes the catalogues lack go into them with the file's names (coordination only). */
export const budgetLinesImportQuery = budgetImportQuery.extend({
  acceptCodes: z.enum(['true', 'false'], 'debe ser true o false').default('false').transform((v) => v === 'true'),
});
export const institutionImportQuery = z.object({ format: budgetImportQuery.shape.format });
export const importTemplateQuery = z.object({ format: exportFormat.default('csv') });
/** The year may be left to the file's ejercicio column. */
export const budgetExecutionImportQuery = budgetImportQuery.extend({
  fiscalYear: z
    .string('debe ser un año entre 2000 y 2100')
    .trim()
    .regex(/^(20\d\d|2100)$/, 'debe ser un año entre 2000 y 2100')
    .transform(Number)
    .optional(),
});

/** The uploaded file, up to 25 MB (MAX_FILE_BYTES), whatever its Content-Type (the JSON parser leaves /imports alone). */
const rawFile = express.raw({ type: () => true, limit: MAX_FILE_BYTES });

function formatOf(req: Request, asked: TableFormat | undefined): TableFormat {
  const format = asked ?? formatOfContentType(req.headers['content-type']);
  if (!format) {
    throw new HttpError(415, 'No se sabe el formato del archivo', {
      format: 'indique format=csv, xlsx o json, o envíe Content-Type text/csv, application/json o el de Excel (.xlsx)',
    });
  }
  return format;
}

/** The institution imported into, if the person may import into it: its planning unit, or the coordination. */
async function importingInstitution(db: Database, res: Response, institutionId: string) {
  const user = currentUser(res);
  const institution = await db.institution.findUnique({ where: { id: institutionId }, select: { id: true, budgetEntityCode: true } });
  if (!institution) throw notFound('La institución');
  if (user.role === 'planner' || user.role === 'director') {
    if (user.institutionId !== institution.id) throw new HttpError(403, 'Solo puede importar el presupuesto de su propia institución');
  } else if (user.role !== 'coordinator' && user.role !== 'admin') {
    throw new HttpError(403, 'Solo la dirección de planificación de la institución o la coordinación pueden importar el presupuesto');
  }
  return institution;
}

/**
 * The uploaded file as a table, read in a worker thread within the limits of tableLimits: a file
 * of no known format is a 415; one empty or that cannot be read, or of too many rows, columns or
 * too long a cell, a 422; one too big 413; each with the limit in its message.
 */
async function uploadedTable(req: Request, asked: TableFormat | undefined): Promise<Table> {
  const format = formatOf(req, asked);
  const bytes: unknown = req.body;
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw new HttpError(422, 'Falta el archivo: envíelo como cuerpo de la solicitud');
  try {
    return await readTable(bytes, format);
  } catch (err) {
    if (err instanceof UnreadableTableError) throw new HttpError(422, err.message);
    if (err instanceof TableLimitError) throw new HttpError(err.status, err.message);
    throw err;
  }
}

/** A rejected file: 422 with its problems, the first problemsShown of them. */
function rejectedFile(err: { message: string; problems: readonly object[] }): HttpError {
  const shown = err.problems.length > problemsShown ? ` (se muestran los primeros ${problemsShown})` : '';
  return new HttpError(422, `${err.message}${shown}`, {}, err.problems.slice(0, problemsShown) as Problem[]);
}

export function importRoutes(db: Database): Router {
  const router = Router();

  /** Downloads an empty file with MINFIN's headers, to fill in and import. */
  router.get('/budget-lines/template', async (req, res) => {
    const { format } = importTemplateQuery.parse(req.query);
    await sendTable(res, format, 'plantilla-lineas-presupuestarias', [], [...templateColumns]);
  });

  /**
   * Imports budget lines and their programmatic categories into an institution: 200 with a
   * summary, or 422 with every problem (row, column, message) and nothing written.
   */
  router.post('/budget-lines', rawFile, async (req, res) => {
    const query = budgetLinesImportQuery.parse(req.query);
    const institution = await importingInstitution(db, res, query.institutionId);
    const { role } = currentUser(res);
    if (query.acceptCodes && role !== 'coordinator' && role !== 'admin') {
      throw new HttpError(403, 'Solo la coordinación puede agregar códigos a los catálogos; importe sin acceptCodes o pídalo a MINFIN');
    }
    const table = await uploadedTable(req, query.format);
    try {
      res.json(await importBudgetLines(db, institution, table, { acceptUnknownCodes: query.acceptCodes, actor: currentUser(res) }));
    } catch (err) {
      if (err instanceof BudgetImportRejected) throw rejectedFile(err);
      throw err;
    }
  });

  /** Downloads an empty file with the execution import's headers. */
  router.get('/budget-execution/template', async (req, res) => {
    const { format } = importTemplateQuery.parse(req.query);
    await sendTable(res, format, 'plantilla-ejecucion-presupuestaria', [], [...executionTemplateColumns]);
  });

  /**
   * Imports SICOIN's monthly execution (vigente, devengado, pagado as of each month's end) of lines
   * already imported: 200 with a summary, or 422 with every problem and nothing written.
   */
  router.post('/budget-execution', rawFile, async (req, res) => {
    const query = budgetExecutionImportQuery.parse(req.query);
    const institution = await importingInstitution(db, res, query.institutionId);
    const table = await uploadedTable(req, query.format);
    try {
      res.json(await importBudgetExecution(db, institution, table, query.fiscalYear, currentUser(res)));
    } catch (err) {
      if (err instanceof BudgetExecutionRejected) throw rejectedFile(err);
      throw err;
    }
  });

  /** Downloads an empty institutions file with its headers. */
  router.get('/institutions/template', async (req, res) => {
    const { format } = importTemplateQuery.parse(req.query);
    await sendTable(res, format, 'plantilla-instituciones', [], [...institutionColumns]);
  });

  /** Registers or updates institutions from a file, matched by code: 200 with the counts, or 422 with every problem and nothing written. */
  router.post('/institutions', rawFile, async (req, res) => {
    const actor = requireRole(res, ['coordinator', 'admin'], 'Solo un administrador o un coordinador puede importar instituciones');
    const { format } = institutionImportQuery.parse(req.query);
    res.json(await importInstitutions(db, await uploadedTable(req, format), actor));
  });

  return router;
}
