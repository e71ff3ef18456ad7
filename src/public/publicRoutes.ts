// The public portal at /publico: server-rendered pages and open-data files, no sign-in, no script.
// Everything comes from approvedContent, which reads approved snapshots only. A wrong address gets
// a Spanish 400 or 404 page (JSON for a .json file), never a 500.
import { Router, type ErrorRequestHandler, type Response } from 'express';
import { z, ZodError } from 'zod';
import type { Database } from '../db/prisma';
import { HttpError } from '../api/httpErrors';
import { sendTable } from '../api/tableExport';
import { approvedEditions, publishedInstitutions, publishedYears } from './approvedContent';
import { institutionPage } from './institutionPage';
import { fiscalDataPackage } from './fiscalDataPackage';
import { dataDictionary, datasetByName, publishedColumn } from './openData';
import { openDataCache } from './openDataCache';
import { errorPage, homePage, openDataPage } from './portalPages';

/** Approved content changes a few times a year: five minutes of caching spares the database. */
const cacheControl = 'public, max-age=300';

const institutionParams = z.object({ code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, 'El código de institución no es válido: solo letras, números, guion y guion bajo') });
const yearQuery = z.object({ anio: z.string('Indique un solo año, p. ej. ?anio=2028').regex(/^\d{4}$/, 'El año debe tener cuatro cifras, p. ej. ?anio=2028').transform(Number).optional() });
const dataFile = z.object({ file: z.string().regex(/^[a-z_]{1,40}\.(csv|json)$/, 'El archivo debe ser <conjunto>.csv o <conjunto>.json, p. ej. productos.csv') });

function sendPage(res: Response, body: string): void {
  res.setHeader('Cache-Control', cacheControl);
  res.type('html').send(body);
}

/** Open data may be read by anyone's page or program. */
function openDataHeaders(res: Response): void {
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Access-Control-Allow-Origin', '*');
}

/** GET /publico, /publico/instituciones/:code?anio=, /publico/datos, /publico/datos/<conjunto>.csv|json, /publico/datos/diccionario.json, /publico/datos/datapackage.json. */
export function publicRoutes(db: Database, openData = openDataCache(db)): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    sendPage(res, homePage(await publishedInstitutions(db)));
  });

  router.get('/instituciones/:code', async (req, res) => {
    const { code } = institutionParams.parse(req.params);
    const { anio } = yearQuery.parse(req.query);
    const years = await publishedYears(db, code);
    if (years.length === 0) throw new HttpError(404, `No hay ninguna institución con el código «${code}» que tenga información aprobada.`);
    const fiscalYear = anio ?? years[0]!;
    if (!years.includes(fiscalYear)) throw new HttpError(404, `La institución ${code} no tiene información aprobada para el ejercicio ${fiscalYear}. Ejercicios publicados: ${years.join(', ')}.`);
    const [edition] = await approvedEditions(db, { institutionCode: code, fiscalYear });
    if (!edition) throw new HttpError(404, `La institución ${code} no tiene información aprobada para el ejercicio ${fiscalYear}.`);
    sendPage(res, institutionPage(edition, years));
  });

  router.get('/datos', (_req, res) => {
    sendPage(res, openDataPage());
  });

  router.get('/datos/diccionario.json', (_req, res) => {
    openDataHeaders(res);
    res.json(dataDictionary());
  });

  // Before /datos/:file, which would take datapackage.json for a dataset's name.
  router.get('/datos/datapackage.json', async (_req, res) => {
    const fiscalYears = (await openData.editions()).map((e) => e.fiscalYear);
    openDataHeaders(res);
    res.json(fiscalDataPackage(fiscalYears));
  });

  router.get('/datos/:file', async (req, res) => {
    const { file } = dataFile.parse(req.params);
    const [name, format] = file.split('.') as [string, 'csv' | 'json'];
    const dataset = datasetByName.get(name);
    if (!dataset) throw new HttpError(404, `No existe el conjunto de datos «${name}». Los conjuntos están en /publico/datos.`);
    const columns = dataset.columns.map((c) => c.name);
    // Every row carries every column of the dictionary, in its order, empty as null.
    const rows = dataset.rows(await openData.editions()).map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null])));
    openDataHeaders(res);
    if (format === 'csv') await sendTable(res, 'csv', dataset.name, rows, columns);
    else res.json({ dataset: dataset.name, generatedAt: new Date().toISOString(), columns: dataset.columns.map(publishedColumn), rows });
  });

  router.use(() => {
    throw new HttpError(404, 'Esta dirección no existe en el portal público.');
  });
  router.use(portalErrors);
  return router;
}

/** Errors as a page in Spanish (or JSON for a .json address); anything unexpected is logged and answered 500 without detail. */
const portalErrors: ErrorRequestHandler = (err, req, res, _next) => {
  // Express's own client errors (a malformed %-escape in the address) carry their status.
  const clientStatus = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? (err.status as number) : null;
  const status = err instanceof ZodError ? 400 : err instanceof HttpError ? err.status : (clientStatus ?? 500);
  const message =
    err instanceof ZodError ? (err.issues[0]?.message ?? 'Solicitud no válida') : err instanceof HttpError ? err.message : status === 500 ? 'Error interno del servidor. Inténtelo de nuevo más tarde.' : 'La dirección no es válida.';
  if (status === 500) console.error(err);
  res.status(status).setHeader('Cache-Control', 'no-store');
  if (req.path.endsWith('.json')) res.json({ message });
  else res.type('html').send(errorPage(status, message));
};
