// The public portal at /publico (Spanish) and /publico/en (English): server-rendered pages and
// open-data files, no sign-in, no script. Everything comes from approvedContent, which reads
// approved snapshots only. A wrong address gets a 400 or 404 page in its language (JSON for a .json
// file), never a 500. The open-data files have one address, in Spanish: they are the same data.
import { Router, type ErrorRequestHandler, type Response } from 'express';
import { z, ZodError } from 'zod';
import type { Database } from '../../db/prisma';
import { HttpError } from '../httpErrors';
import { sendTable } from '../tableExport';
import { approvedEditions, approvedVersion, approvedVersions, publishedInstitutions, publishedYears } from './approvedContent';
import { institutionPage } from './institutionPage';
import { fiscalDataPackage } from './fiscalDataPackage';
import { dataDictionary, datasetByName, publishedColumn } from './openData';
import { openDataCache } from './openDataCache';
import { errorPage, homePage, openDataPage } from './portalPages';
import { versionPage, versionsPage } from './versionPages';
import { citizensBudgetYears, institutionCitizensBudget, nationalCitizensBudget } from './citizensBudget';
import { institutionCitizensPage, nationalCitizensPage } from './citizensPages';
import { wordings, type PortalWording } from './wording';

/** Approved content changes a few times a year: five minutes of caching spares the database. */
const cacheControl = 'public, max-age=300';

type OpenData = ReturnType<typeof openDataCache>;

/** The pages' parameters, refused in the page's language. */
function pageParams(w: PortalWording) {
  return {
    institution: z.object({ code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, w.errors.invalidCode) }),
    year: z.object({ anio: z.string(w.errors.oneYear).regex(/^\d{4}$/, w.errors.fourDigitYear).transform(Number).optional() }),
    version: z.object({ code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, w.errors.invalidCode), stage: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, w.errors.invalidStage) }),
  };
}
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

/**
 * GET /publico, /publico/instituciones/:code?anio=, its /versiones, /versiones/:stage and
 * /presupuesto-ciudadano, /publico/presupuesto-ciudadano?anio=, /publico/datos, /publico/datos/<conjunto>.csv|json,
 * /publico/datos/diccionario.json, /publico/datos/datapackage.json; and the three pages again under /publico/en.
 */
export function publicRoutes(db: Database, openData = openDataCache(db)): Router {
  const router = Router();
  // First: the Spanish pages' catch-all 404 would answer /en/... in Spanish.
  router.use('/en', languageRoutes(db, openData, wordings.en));
  router.use(languageRoutes(db, openData, wordings.es));
  return router;
}

/** The pages in one language, then (Spanish only) the files, then its 404 and error pages. */
function languageRoutes(db: Database, openData: OpenData, w: PortalWording): Router {
  const router = Router();
  const params = pageParams(w);

  router.get('/', async (_req, res) => {
    sendPage(res, homePage(w, await publishedInstitutions(db)));
  });

  /** The year asked for (the latest by default) among those the institution published, or a 404 naming them. */
  const publishedYear = async (code: string, anio: number | undefined): Promise<{ fiscalYear: number; years: number[] }> => {
    const years = await publishedYears(db, code);
    if (years.length === 0) throw new HttpError(404, w.errors.noInstitution(code));
    const fiscalYear = anio ?? years[0]!;
    if (!years.includes(fiscalYear)) throw new HttpError(404, w.errors.noYear(code, fiscalYear, years));
    return { fiscalYear, years };
  };

  router.get('/instituciones/:code', async (req, res) => {
    const { code } = params.institution.parse(req.params);
    const { anio } = params.year.parse(req.query);
    const { fiscalYear, years } = await publishedYear(code, anio);
    const [edition] = await approvedEditions(db, { institutionCode: code, fiscalYear });
    if (!edition) throw new HttpError(404, w.errors.noEdition(code, fiscalYear));
    sendPage(res, institutionPage(w, edition, years, `/instituciones/${encodeURIComponent(code)}${anio === undefined ? '' : `?anio=${anio}`}`));
  });

  router.get('/instituciones/:code/versiones', async (req, res) => {
    const { code } = params.institution.parse(req.params);
    const { fiscalYear } = await publishedYear(code, params.year.parse(req.query).anio);
    const versions = await approvedVersions(db, code, fiscalYear);
    if (versions.length === 0) throw new HttpError(404, w.errors.noEdition(code, fiscalYear));
    sendPage(res, versionsPage(w, versions[0]!.institution, fiscalYear, versions));
  });

  router.get('/instituciones/:code/versiones/:stage', async (req, res) => {
    const { code, stage } = params.version.parse(req.params);
    const { fiscalYear } = await publishedYear(code, params.year.parse(req.query).anio);
    const version = await approvedVersion(db, code, fiscalYear, stage);
    if (!version) throw new HttpError(404, w.errors.noVersion(code, fiscalYear, stage));
    sendPage(res, versionPage(w, version, await approvedVersions(db, code, fiscalYear), stage));
  });

  router.get('/presupuesto-ciudadano', async (req, res) => {
    const { anio } = params.year.parse(req.query);
    const editions = await openData.editions();
    const years = citizensBudgetYears(editions);
    const fiscalYear = anio ?? years[0] ?? new Date().getUTCFullYear() + 1;
    sendPage(res, nationalCitizensPage(w, nationalCitizensBudget(editions, fiscalYear), years));
  });

  router.get('/instituciones/:code/presupuesto-ciudadano', async (req, res) => {
    const { code } = params.institution.parse(req.params);
    const { anio } = params.year.parse(req.query);
    const editions = (await openData.editions()).filter((e) => e.institution.code === code);
    if (editions.length === 0) throw new HttpError(404, w.errors.noInstitution(code));
    // The years with an approved proposal: by default the latest of them, not of anything published.
    const years = citizensBudgetYears(editions);
    const fiscalYear = anio ?? years[0] ?? editions[0]!.fiscalYear;
    const edition = editions.find((e) => e.fiscalYear === fiscalYear);
    const budget = edition ? institutionCitizensBudget(edition) : null;
    if (!budget) throw new HttpError(404, w.errors.noBudget(code, fiscalYear));
    sendPage(res, institutionCitizensPage(w, budget, years));
  });

  router.get('/datos', (_req, res) => {
    sendPage(res, openDataPage(w));
  });

  if (w.language === 'es') dataFileRoutes(router, openData);
  // An English reader who guesses a file under /publico/en gets the one file there is.
  else router.get('/datos/:file', (req, res) => res.redirect(308, `/publico/datos/${encodeURIComponent(req.params.file)}`));

  router.use(() => {
    throw new HttpError(404, w.errors.noAddress);
  });
  router.use(portalErrors(w));
  return router;
}

function dataFileRoutes(router: Router, openData: OpenData): void {
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
}

/** Errors as a page in `w`'s language (or JSON for a .json address); anything unexpected is logged and answered 500 without detail. */
function portalErrors(w: PortalWording): ErrorRequestHandler {
  return (err, req, res, _next) => {
    // Express's own client errors (a malformed %-escape in the address) carry their status.
    const clientStatus = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? (err.status as number) : null;
    const status = err instanceof ZodError ? 400 : err instanceof HttpError ? err.status : (clientStatus ?? 500);
    const message = err instanceof ZodError ? (err.issues[0]?.message ?? w.errors.badRequest) : err instanceof HttpError ? err.message : status === 500 ? w.errors.internal : w.errors.badAddress;
    if (status === 500) console.error(err);
    res.status(status).setHeader('Cache-Control', 'no-store');
    if (req.path.endsWith('.json')) res.json({ message });
    // req.url is below the language's root here, so the twin is the same address in the other language.
    else res.type('html').send(errorPage(w, status, message, req.url === '/' ? '' : req.url));
  };
}
