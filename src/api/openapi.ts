// GET /api/openapi.json: the OpenAPI 3.1 description of the API, generated from the very zod
// schemas the routes parse with (src/api/schemas.ts), so the two cannot drift. The endpoint list
// below is the registry; tests/api/openapi.test.ts checks it against the routes Express has.
import { readFileSync } from 'node:fs';
import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { StageActionName } from '../workflowClient/stageWorkflows';
import { contentResources } from './planBudget/contentResources';
import { contentListQuery } from './planBudget/contentRouter';
import { errorBody } from './httpErrors';
import {
  auditEventRecord,
  calendarSubscription,
  cycleProgress,
  cycleRecord,
  consoleSettings,
  cycleStartProgress,
  deadlineRecord,
  delegationResult,
  emailActionDone,
  emailActionLink,
  health,
  institutionCycleRecord,
  institutionFacets,
  institutionRecord,
  invitationSent,
  notificationMarked,
  notificationRecord,
  notificationsMarked,
  mailPreferences,
  passwordSetupLink,
  sessionUserRecord,
  signedIn,
  sinkMail,
  stageDecisionsResult,
  stageRecord,
  unreadCount,
  userRecord,
} from './responses';
import { jsonParamContent } from './listQuery';
import { deadlinesQuery, feedParams } from './routes/calendar';
import { budgetExecutionImportQuery, budgetLinesImportQuery, institutionImportQuery } from './routes/imports';
import { mailSinkListQuery } from './routes/mailSink';
import { notificationListQuery } from './routes/notifications';
import { xlsxContentType } from './tableExport';
import {
  auditEventListQuery,
  calendarTemplateBody,
  calendarTemplateListQuery,
  calendarTemplateRecord,
  cycleListQuery,
  delegationBody,
  emailActionBody,
  emailActionLookupBody,
  extendStageBody,
  institutionBody,
  institutionCycleListQuery,
  institutionListQuery,
  loginBody,
  mailPreferencesBody,
  moveDeadlineBody,
  multiYearQuery,
  progressMatrixQuery,
  passwordSetupBody,
  passwordSetupLookupBody,
  reassignStageBody,
  snapshotDiffQuery,
  workbookApplyQuery,
  snapshotVersionParams,
  maxBulkDecisions,
  stageActionBodies,
  stageDecisionsBody,
  stageListQuery,
  startCycleBody,
  trimmedCharacters,
  userCreateBody,
  userListQuery,
  userUpdateBody,
} from './schemas';

type JsonSchema = Record<string, unknown>;
type Method = 'get' | 'post' | 'put' | 'delete';
type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429;
/**
 * What a success answers: a record of src/api/responses.ts (alone, a ra-data-simple-rest page of
 * them, or a plain array), a CSV or XLSX table (?format=), an iCalendar feed, nothing; or, where no
 * schema is written yet, any JSON object or list of objects.
 */
type Success = 'object' | 'list' | 'array' | 'table' | 'workbook' | 'icalendar' | 'noContent' | Answer;
export interface Answer {
  /** Its name under components.schemas. */
  name: string;
  schema: z.ZodType;
  many?: 'page' | 'array';
}
const one = (name: string, schema: z.ZodType): Answer => ({ name, schema });
const page = (name: string, schema: z.ZodType): Answer => ({ name, schema, many: 'page' });
const array = (name: string, schema: z.ZodType): Answer => ({ name, schema, many: 'array' });
/** A ra-data-simple-rest list, which answers with Content-Range. */
const isPage = (success: Success) => success === 'list' || (typeof success === 'object' && success.many === 'page');

export interface Endpoint {
  operationId: string;
  method: Method;
  /** OpenAPI style, under /api: /api/stages/{id}. */
  path: string;
  summary: string;
  tag: string;
  /** Health, login, this document and the signed links (feeds, mail actions): no bearer token. */
  public?: true;
  /** ra-data-simple-rest list parameters, parsed by this schema (see listQuery.ts). */
  query?: z.ZodObject;
  /** Plain query parameters (?institutionId=…&format=…), as the route parses them. */
  params?: z.ZodObject;
  /** Path parameters with more shape than an id (a version number), as the route parses them. */
  pathParams?: z.ZodObject;
  /** The request body: the name it gets under components.schemas and the schema the route parses. */
  body?: { name: string; schema: z.ZodType };
  /** The request body is a file (CSV, XLSX or JSON), read by the route itself (imports.ts); 'workbook': an XLSX workbook only. */
  upload?: true | 'workbook';
  status: 200 | 201 | 204;
  success: Success;
  errors: ErrorStatus[];
  extraResponses?: Record<string, { description: string; success: Success }>;
}

const packageJson = z
  .object({ version: z.string().min(1) })
  .parse(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')));

const tags = [
  { name: 'Sistema', description: 'Estado del servicio y esta descripción' },
  { name: 'Sesión', description: 'Inicio y cierre de sesión' },
  { name: 'Etapas', description: 'Las etapas del ciclo de cada institución y sus acciones de aprobación' },
  { name: 'Auditoría', description: 'Quién hizo qué, cuándo' },
  { name: 'Plantillas de calendario', description: 'Los calendarios como datos' },
  { name: 'Ciclos', description: 'Ciclos de gobierno y su avance' },
  { name: 'Plan y presupuesto', description: 'PEI, productos, metas, categorías programáticas, líneas, techos, proyecciones, escenarios e indicadores' },
  { name: 'Entregas', description: 'Lo que cada etapa presenta: chequeos, versiones congeladas y sus diferencias' },
  { name: 'Avisos y calendario', description: 'Los plazos como calendario e iCalendar, los avisos de cada persona y el buzón local' },
  { name: 'Instituciones y personas', description: 'El sector público como datos, las cuentas de cada institución y su primer acceso' },
] as const;
type Tag = (typeof tags)[number]['name'];

const stageActionSummaries: Record<StageActionName, string> = {
  submit: 'Presentar una etapa (borrador a presentada)',
  approve: 'Aprobar una etapa presentada',
  return: 'Devolver una etapa con observaciones (vuelve a borrador, nueva versión)',
  recall: 'Retirar el envío de una etapa antes de la primera decisión (solo quien la envió; vuelve a borrador, nueva versión)',
};
const stageActionBodyNames: Record<StageActionName, string> = { submit: 'StageSubmitBody', approve: 'StageApproveBody', return: 'StageReturnBody', recall: 'StageRecallBody' };

const stageAction = (action: StageActionName): Endpoint & { tag: Tag } => ({
  operationId: `${action}Stage`,
  method: 'post',
  path: `/api/stages/{id}/${action}`,
  summary: stageActionSummaries[action],
  tag: 'Etapas',
  body: { name: stageActionBodyNames[action], schema: stageActionBodies[action] },
  status: 200,
  success: one('Stage', stageRecord),
  // 422: the deliverable's gates (submit) or a rule of the template (submit, approve) refuse the step.
  errors: [400, 401, 403, 404, 409, 422],
});

/** The core endpoints; allEndpoints() adds the rest. A route added to src/api without a line here fails the tests. */
const endpoints: readonly (Endpoint & { tag: Tag })[] = [
  { operationId: 'health', method: 'get', path: '/api/health', summary: 'Estado de Temporal, la base de datos y SMTP', tag: 'Sistema', public: true, status: 200, success: one('Health', health), errors: [], extraResponses: { 503: { description: 'Alguna parte no responde; el cuerpo la nombra', success: one('Health', health) } } },
  { operationId: 'openApi', method: 'get', path: '/api/openapi.json', summary: 'Esta descripción OpenAPI 3.1 de la API', tag: 'Sistema', public: true, status: 200, success: 'object', errors: [] },
  { operationId: 'login', method: 'post', path: '/api/auth/login', summary: 'Iniciar sesión con correo y contraseña; devuelve {token, user}', tag: 'Sesión', public: true, body: { name: 'LoginBody', schema: loginBody }, status: 200, success: one('SignedIn', signedIn), errors: [400, 401, 429] },
  { operationId: 'me', method: 'get', path: '/api/auth/me', summary: 'Usuario de la sesión actual', tag: 'Sesión', status: 200, success: one('SessionUser', sessionUserRecord), errors: [401] },
  { operationId: 'logout', method: 'post', path: '/api/auth/logout', summary: 'Cerrar la sesión (revoca el token)', tag: 'Sesión', status: 204, success: 'noContent', errors: [401] },
  { operationId: 'listStages', method: 'get', path: '/api/stages', summary: 'Listar etapas; planificadores y autoridades ven solo su institución; filter {"awaitingMe": true} deja las que esperan la decisión de quien consulta', tag: 'Etapas', query: stageListQuery, status: 200, success: page('Stage', stageRecord), errors: [400, 401] },
  { operationId: 'getStage', method: 'get', path: '/api/stages/{id}', summary: 'Obtener una etapa', tag: 'Etapas', status: 200, success: one('Stage', stageRecord), errors: [401, 403, 404] },
  ...(Object.keys(stageActionBodies) as StageActionName[]).map(stageAction),
  { operationId: 'decideStages', method: 'post', path: '/api/stages/decisions', summary: `Aprobar o devolver varias etapas a la vez (hasta ${maxBulkDecisions}): cada una con su requestId, su evento de auditoría y su correo; la respuesta da el resultado de cada una, también las que no se pudieron decidir`, tag: 'Etapas', body: { name: 'StageDecisionsBody', schema: stageDecisionsBody }, status: 200, success: one('StageDecisions', stageDecisionsResult), errors: [400, 401, 422] },
  { operationId: 'extendStage', method: 'post', path: '/api/stages/{id}/extend', summary: 'Prorrogar la fecha límite de una etapa', tag: 'Etapas', body: { name: 'StageExtendBody', schema: extendStageBody }, status: 200, success: one('Stage', stageRecord), errors: [400, 401, 403, 404, 409] },
  { operationId: 'reassignStage', method: 'post', path: '/api/stages/{id}/reassign', summary: 'Reasignar un nivel de la cadena de aprobación a una persona', tag: 'Etapas', body: { name: 'StageReassignBody', schema: reassignStageBody }, status: 200, success: one('Stage', stageRecord), errors: [400, 401, 403, 404, 409] },
  { operationId: 'describeEmailAction', method: 'post', path: '/api/email-actions/lookup', summary: 'Lo que haría un enlace de aprobar o devolver de un correo (etapa, institución, versión, persona) y si aún sirve; no cambia nada. El enlace va en el cuerpo, nunca en la ruta', tag: 'Etapas', public: true, body: { name: 'EmailActionLookupBody', schema: emailActionLookupBody }, status: 200, success: one('EmailActionLink', emailActionLink), errors: [400, 403, 404] },
  { operationId: 'useEmailAction', method: 'post', path: '/api/email-actions', summary: 'Aprobar o devolver una etapa con el enlace firmado de un correo, como la persona a quien se envió; una sola vez (409 si ya se usó, 410 si venció)', tag: 'Etapas', public: true, body: { name: 'EmailActionBody', schema: emailActionBody }, status: 200, success: one('EmailActionDone', emailActionDone), errors: [400, 403, 404, 409, 410] },
  { operationId: 'delegatePendingApprovals', method: 'post', path: '/api/delegations', summary: 'Delegar todas las aprobaciones pendientes de una persona en otra de su institución', tag: 'Etapas', body: { name: 'DelegationBody', schema: delegationBody }, status: 200, success: one('DelegationResult', delegationResult), errors: [400, 401, 403, 409] },
  { operationId: 'listAuditEvents', method: 'get', path: '/api/audit-events', summary: 'Listar eventos de auditoría de las etapas', tag: 'Auditoría', query: auditEventListQuery, status: 200, success: page('AuditEvent', auditEventRecord), errors: [400, 401] },
  { operationId: 'listCalendarTemplates', method: 'get', path: '/api/calendar-templates', summary: 'Listar plantillas de calendario', tag: 'Plantillas de calendario', query: calendarTemplateListQuery, status: 200, success: 'list', errors: [400, 401] },
  { operationId: 'getCalendarTemplate', method: 'get', path: '/api/calendar-templates/{id}', summary: 'Obtener una plantilla de calendario', tag: 'Plantillas de calendario', status: 200, success: one('CalendarTemplateRecord', calendarTemplateRecord), errors: [401, 404] },
  { operationId: 'createCalendarTemplate', method: 'post', path: '/api/calendar-templates', summary: 'Crear una plantilla de calendario (coordinadores)', tag: 'Plantillas de calendario', body: { name: 'CalendarTemplateBody', schema: calendarTemplateBody }, status: 201, success: one('CalendarTemplateRecord', calendarTemplateRecord), errors: [400, 401, 403, 409] },
  { operationId: 'replaceCalendarTemplate', method: 'put', path: '/api/calendar-templates/{id}', summary: 'Reemplazar una plantilla de calendario; el código no cambia (coordinadores)', tag: 'Plantillas de calendario', body: { name: 'CalendarTemplateBody', schema: calendarTemplateBody }, status: 200, success: one('CalendarTemplateRecord', calendarTemplateRecord), errors: [400, 401, 403, 404] },
  { operationId: 'listCycles', method: 'get', path: '/api/cycles', summary: 'Listar ciclos', tag: 'Ciclos', query: cycleListQuery, status: 200, success: page('Cycle', cycleRecord), errors: [400, 401] },
  { operationId: 'getCycle', method: 'get', path: '/api/cycles/{id}', summary: 'Obtener un ciclo', tag: 'Ciclos', status: 200, success: one('Cycle', cycleRecord), errors: [401, 404] },
  { operationId: 'startCycle', method: 'post', path: '/api/cycles', summary: 'Iniciar el ciclo de gobierno de una jurisdicción para las instituciones nombradas o las que elige un filtro (coordinadores)', tag: 'Ciclos', body: { name: 'StartCycleBody', schema: startCycleBody }, status: 201, success: one('Cycle', cycleRecord), errors: [400, 401, 403, 404, 409, 422] },
  { operationId: 'cycleProgress', method: 'get', path: '/api/cycles/{id}/progress', summary: 'Matriz de avance institución por etapa, con las etapas de coordinación aparte; filtros (q, sector, kind, department, status) y páginas (page, perPage) hechos en el servidor', tag: 'Ciclos', params: progressMatrixQuery, status: 200, success: one('CycleProgress', cycleProgress), errors: [400, 401, 404] },
  { operationId: 'cycleStartProgress', method: 'get', path: '/api/cycles/{id}/start-progress', summary: 'Avance del inicio del ciclo: ciclos institucionales iniciados y terminados de cuántos', tag: 'Ciclos', status: 200, success: one('CycleStartProgress', cycleStartProgress), errors: [401, 404], extraResponses: { 503: { description: 'El motor de flujos no respondió a tiempo; la consola reintenta', success: 'object' } } },
  { operationId: 'cycleStatistics', method: 'get', path: '/api/cycles/{id}/statistics', summary: 'Cifras del ciclo: proporción a tiempo por etapa, avance acumulado en el tiempo y etapas vencidas por institución', tag: 'Ciclos', status: 200, success: 'object', errors: [401, 404] },
  { operationId: 'moveCycleDeadline', method: 'post', path: '/api/cycles/{id}/move-deadline', summary: 'Mover la fecha de una etapa para todas las instituciones del ciclo (coordinadores)', tag: 'Ciclos', body: { name: 'MoveDeadlineBody', schema: moveDeadlineBody }, status: 200, success: 'object', errors: [400, 401, 403, 404, 409] },
  { operationId: 'listInstitutionCycles', method: 'get', path: '/api/institution-cycles', summary: 'Listar el recorrido de cada institución en los ciclos', tag: 'Ciclos', query: institutionCycleListQuery, status: 200, success: page('InstitutionCycle', institutionCycleRecord), errors: [400, 401] },
];

const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase());

/** The ra-data-simple-rest routes of each content resource, as contentRouter.ts builds them. */
function contentEndpoints(): (Endpoint & { tag: Tag })[] {
  return contentResources.flatMap((resource) => {
    const base = `/api/${resource.name}`;
    const id = pascal(resource.name);
    const body = { name: `${id}Body`, schema: resource.body };
    const common = { tag: 'Plan y presupuesto' as const };
    const list: (Endpoint & { tag: Tag })[] = [
      { ...common, operationId: `list${id}`, method: 'get', path: base, summary: `Listar ${resource.label}`, query: contentListQuery(resource), status: 200, success: 'list', errors: [400, 401] },
      { ...common, operationId: `export${id}`, method: 'get', path: `${base}/export`, summary: `Descargar ${resource.label} (?format=csv|xlsx, con sort y filter)`, status: 200, success: 'table', errors: [400, 401] },
      { ...common, operationId: `get${id}`, method: 'get', path: `${base}/{id}`, summary: `Obtener un registro de ${resource.label}`, status: 200, success: 'object', errors: [401, 403, 404] },
      { ...common, operationId: `create${id}`, method: 'post', path: base, summary: `Crear un registro de ${resource.label}`, body, status: 201, success: 'object', errors: [400, 401, 403, 409] },
    ];
    if (resource.appendOnly) return list;
    return [
      ...list,
      { ...common, operationId: `update${id}`, method: 'put', path: `${base}/{id}`, summary: `Modificar un registro de ${resource.label}`, body, status: 200, success: 'object', errors: [400, 401, 403, 404, 409] },
      { ...common, operationId: `delete${id}`, method: 'delete', path: `${base}/{id}`, summary: `Borrar un registro de ${resource.label} (devuelve el registro)`, status: 200, success: 'object', errors: [401, 403, 404, 409] },
    ];
  });
}

const deliverableEndpoints: (Endpoint & { tag: Tag })[] = [
  { operationId: 'checkStageDeliverable', method: 'get', path: '/api/stages/{id}/checks', summary: 'Lo que falta para presentar: problemas, vinculación al resultado y costos unitarios', tag: 'Entregas', status: 200, success: 'object', errors: [401, 403, 404] },
  { operationId: 'listStageSnapshots', method: 'get', path: '/api/stages/{id}/snapshots', summary: 'Versiones congeladas de la entrega de una etapa (un arreglo, la más reciente primero)', tag: 'Entregas', status: 200, success: 'array', errors: [401, 403, 404] },
  { operationId: 'getStageSnapshot', method: 'get', path: '/api/stages/{id}/snapshots/{version}', summary: 'Una versión congelada con todo su contenido', tag: 'Entregas', pathParams: snapshotVersionParams, status: 200, success: 'object', errors: [400, 401, 403, 404] },
  { operationId: 'downloadStageWorkbook', method: 'get', path: '/api/stages/{id}/workbook', summary: 'Descargar la entrega como libro XLSX para editarla fuera de línea: una hoja por colección, códigos bloqueados, listas desplegables de los catálogos', tag: 'Entregas', status: 200, success: 'workbook', errors: [401, 403, 404, 409] },
  { operationId: 'previewStageWorkbook', method: 'post', path: '/api/stages/{id}/workbook/preview', summary: 'Las diferencias que aplicaría el libro editado contra el contenido actual, y su huella (fingerprint); no cambia nada', tag: 'Entregas', upload: 'workbook', status: 200, success: 'object', errors: [401, 403, 404, 409, 413, 422] },
  { operationId: 'applyStageWorkbook', method: 'post', path: '/api/stages/{id}/workbook', summary: 'Aplicar el libro editado, todo o nada (?fingerprint= de la vista previa); 409 si la etapa ya no es el borrador de la versión descargada o el contenido cambió', tag: 'Entregas', params: workbookApplyQuery, upload: 'workbook', status: 200, success: 'object', errors: [400, 401, 403, 404, 409, 413, 422] },
  { operationId: 'diffStageSnapshots', method: 'get', path: '/api/stages/{id}/diff', summary: 'Diferencias entre dos versiones (?from=1&to=2 o to=actual)', tag: 'Entregas', params: snapshotDiffQuery, status: 200, success: 'object', errors: [400, 401, 403, 404, 409] },
  { operationId: 'multiYearComparison', method: 'get', path: '/api/multi-year', summary: 'Proyección y escenarios de cinco años frente a los techos (?institutionId&fiscalYear)', tag: 'Plan y presupuesto', params: multiYearQuery, status: 200, success: 'object', errors: [400, 401, 403, 404] },
  { operationId: 'importBudgetLines', method: 'post', path: '/api/imports/budget-lines', summary: 'Importar categorías y líneas en el formato de datos abiertos del MINFIN (?institutionId&format=csv|xlsx|json, archivo en el cuerpo); todo o nada', tag: 'Plan y presupuesto', params: budgetLinesImportQuery, upload: true, status: 200, success: 'object', errors: [400, 401, 403, 404, 413, 415, 422] },
  { operationId: 'budgetLineImportTemplate', method: 'get', path: '/api/imports/budget-lines/template', summary: 'Descargar la plantilla vacía de importación (?format=csv|xlsx)', tag: 'Plan y presupuesto', status: 200, success: 'table', errors: [400, 401] },
  { operationId: 'importBudgetExecution', method: 'post', path: '/api/imports/budget-execution', summary: 'Importar la ejecución mensual (vigente, devengado y pagado acumulados a fin de mes, columna mes) de líneas ya importadas (?institutionId&fiscalYear&format=csv|xlsx|json, archivo en el cuerpo); todo o nada', tag: 'Plan y presupuesto', params: budgetExecutionImportQuery, upload: true, status: 200, success: 'object', errors: [400, 401, 403, 404, 413, 415, 422] },
  { operationId: 'budgetExecutionImportTemplate', method: 'get', path: '/api/imports/budget-execution/template', summary: 'Descargar la plantilla vacía de importación de la ejecución presupuestaria (?format=csv|xlsx)', tag: 'Plan y presupuesto', status: 200, success: 'table', errors: [400, 401] },
];

const administrationEndpoints: (Endpoint & { tag: Tag })[] = [
  { operationId: 'listInstitutions', method: 'get', path: '/api/institutions', summary: 'Listar instituciones (filtros q, kind, sector, departmentCode, active; cada persona ve la suya)', tag: 'Instituciones y personas', query: institutionListQuery, status: 200, success: page('Institution', institutionRecord), errors: [400, 401] },
  { operationId: 'institutionFacets', method: 'get', path: '/api/institutions/facets', summary: 'Clases, sectores y departamentos de las instituciones activas, con cuántas hay de cada uno', tag: 'Instituciones y personas', status: 200, success: one('InstitutionFacets', institutionFacets), errors: [401] },
  { operationId: 'getInstitution', method: 'get', path: '/api/institutions/{id}', summary: 'Obtener una institución', tag: 'Instituciones y personas', status: 200, success: one('Institution', institutionRecord), errors: [401, 403, 404] },
  { operationId: 'createInstitution', method: 'post', path: '/api/institutions', summary: 'Registrar una institución (administradores y coordinadores)', tag: 'Instituciones y personas', body: { name: 'InstitutionBody', schema: institutionBody }, status: 201, success: one('Institution', institutionRecord), errors: [400, 401, 403] },
  { operationId: 'replaceInstitution', method: 'put', path: '/api/institutions/{id}', summary: 'Editar una institución; active=false la da de baja (administradores y coordinadores)', tag: 'Instituciones y personas', body: { name: 'InstitutionBody', schema: institutionBody }, status: 200, success: one('Institution', institutionRecord), errors: [400, 401, 403, 404] },
  { operationId: 'importInstitutions', method: 'post', path: '/api/imports/institutions', summary: 'Registrar o actualizar instituciones desde un archivo (?format=csv|xlsx|json, archivo en el cuerpo), por código; todo o nada', tag: 'Instituciones y personas', params: institutionImportQuery, upload: true, status: 200, success: 'object', errors: [400, 401, 403, 413, 415, 422] },
  { operationId: 'institutionImportTemplate', method: 'get', path: '/api/imports/institutions/template', summary: 'Descargar la plantilla vacía de importación de instituciones (?format=csv|xlsx)', tag: 'Instituciones y personas', status: 200, success: 'table', errors: [400, 401] },
  { operationId: 'listUsers', method: 'get', path: '/api/users', summary: 'Listar las personas con cuenta (administradores y coordinadores)', tag: 'Instituciones y personas', query: userListQuery, status: 200, success: page('User', userRecord), errors: [400, 401, 403] },
  { operationId: 'getUser', method: 'get', path: '/api/users/{id}', summary: 'Obtener una persona', tag: 'Instituciones y personas', status: 200, success: one('User', userRecord), errors: [401, 403, 404] },
  { operationId: 'createUser', method: 'post', path: '/api/users', summary: 'Dar cuenta a una persona con su rol; se le envía un enlace de un solo uso para establecer su contraseña', tag: 'Instituciones y personas', body: { name: 'UserCreateBody', schema: userCreateBody }, status: 201, success: one('User', userRecord), errors: [400, 401, 403, 409] },
  { operationId: 'updateUser', method: 'put', path: '/api/users/{id}', summary: 'Cambiar nombre, rol, institución o idioma de una persona; active=false la desactiva y cierra sus sesiones', tag: 'Instituciones y personas', body: { name: 'UserUpdateBody', schema: userUpdateBody }, status: 200, success: one('User', userRecord), errors: [400, 401, 403, 404] },
  { operationId: 'inviteUser', method: 'post', path: '/api/users/{id}/invitation', summary: 'Enviar de nuevo el enlace para establecer la contraseña; los anteriores dejan de servir', tag: 'Instituciones y personas', status: 200, success: one('InvitationSent', invitationSent), errors: [401, 403, 404, 409] },
  { operationId: 'describePasswordSetup', method: 'post', path: '/api/auth/password-setup/lookup', summary: 'De quién es un enlace de primer acceso y hasta cuándo sirve; el enlace va en el cuerpo, nunca en la ruta', tag: 'Instituciones y personas', public: true, body: { name: 'PasswordSetupLookupBody', schema: passwordSetupLookupBody }, status: 200, success: one('PasswordSetupLink', passwordSetupLink), errors: [400, 404, 410] },
  { operationId: 'setPassword', method: 'post', path: '/api/auth/password-setup', summary: 'Establecer la contraseña con el enlace de un solo uso; responde como el inicio de sesión', tag: 'Instituciones y personas', public: true, body: { name: 'PasswordSetupBody', schema: passwordSetupBody }, status: 200, success: one('SignedIn', signedIn), errors: [400, 404, 410] },
];

const noticeEndpoints: (Endpoint & { tag: Tag })[] = [
  { operationId: 'calendarFeed', method: 'get', path: '/api/calendar/{secret}.ics', summary: 'El calendario iCalendar privado de una persona (la clave secreta de la URL la identifica)', tag: 'Avisos y calendario', public: true, pathParams: feedParams, status: 200, success: 'icalendar', errors: [400, 404] },
  { operationId: 'listDeadlines', method: 'get', path: '/api/calendar/deadlines', summary: 'Los plazos de las etapas que la persona ve, entre dos fechas (?from=AAAA-MM-DD&to=AAAA-MM-DD&institutionId)', tag: 'Avisos y calendario', params: deadlinesQuery, status: 200, success: array('Deadline', deadlineRecord), errors: [400, 401, 403] },
  { operationId: 'getCalendarSubscription', method: 'get', path: '/api/calendar/subscription', summary: 'Si la persona tiene un enlace de calendario activo', tag: 'Avisos y calendario', status: 200, success: one('CalendarSubscription', calendarSubscription), errors: [401] },
  { operationId: 'renewCalendarSubscription', method: 'post', path: '/api/calendar/subscription', summary: 'Crear un enlace de calendario nuevo (se muestra una sola vez; el anterior deja de funcionar)', tag: 'Avisos y calendario', status: 201, success: one('CalendarSubscription', calendarSubscription), errors: [401] },
  { operationId: 'revokeCalendarSubscription', method: 'delete', path: '/api/calendar/subscription', summary: 'Anular el enlace de calendario', tag: 'Avisos y calendario', status: 200, success: one('CalendarSubscription', calendarSubscription), errors: [401] },
  { operationId: 'listNotifications', method: 'get', path: '/api/notifications', summary: 'Los avisos de la persona (copia de cada correo), el más reciente primero', tag: 'Avisos y calendario', query: notificationListQuery, status: 200, success: page('Notification', notificationRecord), errors: [400, 401] },
  { operationId: 'countUnreadNotifications', method: 'get', path: '/api/notifications/unread-count', summary: 'Cuántos avisos siguen sin leer', tag: 'Avisos y calendario', status: 200, success: one('UnreadCount', unreadCount), errors: [401] },
  { operationId: 'readAllNotifications', method: 'post', path: '/api/notifications/read-all', summary: 'Marcar todos los avisos como leídos', tag: 'Avisos y calendario', status: 200, success: one('NotificationsMarked', notificationsMarked), errors: [401] },
  { operationId: 'getNotification', method: 'get', path: '/api/notifications/{id}', summary: 'Un aviso', tag: 'Avisos y calendario', status: 200, success: one('Notification', notificationRecord), errors: [401, 404] },
  { operationId: 'getMailPreferences', method: 'get', path: '/api/mail-preferences', summary: 'Qué tipos de aviso llegan a la persona en el resumen diario y no al momento', tag: 'Avisos y calendario', status: 200, success: one('MailPreferences', mailPreferences), errors: [401] },
  { operationId: 'saveMailPreferences', method: 'put', path: '/api/mail-preferences', summary: 'Elegir los tipos de aviso que llegan en el resumen diario (los demás, al momento)', tag: 'Avisos y calendario', body: { name: 'MailPreferencesBody', schema: mailPreferencesBody }, status: 200, success: one('MailPreferences', mailPreferences), errors: [400, 401] },
  { operationId: 'readNotification', method: 'post', path: '/api/notifications/{id}/read', summary: 'Marcar un aviso como leído', tag: 'Avisos y calendario', status: 200, success: one('NotificationMarked', notificationMarked), errors: [401, 404] },
  { operationId: 'listMailSink', method: 'get', path: '/api/mail-sink', summary: 'El buzón SMTP local de la ejecución por defecto (404 si el correo sale por SMTP_URL)', tag: 'Avisos y calendario', query: mailSinkListQuery, status: 200, success: page('SinkMail', sinkMail), errors: [400, 401, 404] },
  { operationId: 'getMailSinkMessage', method: 'get', path: '/api/mail-sink/{id}', summary: 'Un mensaje del buzón local', tag: 'Avisos y calendario', status: 200, success: one('SinkMail', sinkMail), errors: [401, 404] },
  { operationId: 'consoleSettings', method: 'get', path: '/api/settings', summary: 'Lo que la consola necesita saber de esta instalación: la interfaz web de Temporal y el buzón local', tag: 'Sistema', status: 200, success: one('ConsoleSettings', consoleSettings), errors: [401] },
];

/**
 * The zod schema a JSON answer of this endpoint with this status must meet, as this document
 * declares it: the success's, or the Error body for an error status; none for what is not JSON.
 */
export function declaredAnswer(endpoint: Endpoint, status: number): z.ZodType | undefined {
  const anyObject = z.record(z.string(), z.unknown());
  const success = status === endpoint.status ? endpoint.success : endpoint.extraResponses?.[status]?.success;
  if (success === undefined) return status >= 400 ? errorBody : undefined;
  if (success === 'object') return anyObject;
  if (success === 'list' || success === 'array') return z.array(anyObject);
  if (typeof success === 'string') return undefined;
  return success.many ? z.array(success.schema) : success.schema;
}

/** Every endpoint the API serves: this document's paths, and the methods methodNotAllowed.ts allows. */
export function allEndpoints(): (Endpoint & { tag: Tag })[] {
  return [...endpoints, ...deliverableEndpoints, ...administrationEndpoints, ...noticeEndpoints, ...contentEndpoints()];
}

const errorDescriptions: Record<ErrorStatus, { name: string; description: string; headers?: Record<string, unknown> }> = {
  400: { name: 'BadRequest', description: 'Datos inválidos: message y un mensaje por campo en errors' },
  401: { name: 'Unauthorized', description: 'Falta el token, no es válido o expiró (en el inicio de sesión: credenciales incorrectas)' },
  403: { name: 'Forbidden', description: 'La persona no tiene el rol o la institución que la acción exige' },
  404: { name: 'NotFound', description: 'El recurso no existe' },
  409: { name: 'Conflict', description: 'El estado actual no admite la acción, o el recurso ya existe' },
  410: { name: 'Gone', description: 'El enlace venció' },
  413: { name: 'PayloadTooLarge', description: 'El cuerpo de la solicitud excede el límite' },
  415: { name: 'UnsupportedMediaType', description: 'El archivo no es de un formato conocido: indique format=csv, xlsx o json, o su Content-Type' },
  422: {
    name: 'Unprocessable',
    description:
      'Los datos tienen la forma descrita pero no pasan una regla que el esquema no puede expresar (una referencia que no existe, un código fuera del catálogo, un campo que no cambia, una entrega con problemas): errors por campo, o problems con cada problema (fila, columna o regla, y mensaje)',
  },
  429: {
    name: 'TooManyRequests',
    description: 'Demasiados intentos: el correo quedó bloqueado tras LOGIN_MAX_FAILURES contraseñas incorrectas seguidas, exista o no la cuenta, o la dirección superó LOGIN_IP_MAX_PER_MINUTE intentos por minuto',
    headers: { 'Retry-After': { description: 'Segundos que faltan para poder intentar de nuevo', schema: { type: 'integer', minimum: 1 } } },
  },
};

const listParameterText = {
  sort: { description: 'Orden como JSON: ["campo","ASC"|"DESC"]', example: (fields: string) => JSON.stringify([fields, 'ASC']) },
  range: { description: 'Rango de filas como JSON: [desde, hasta], ambos incluidos (hasta 500 filas)', example: () => '[0,24]' },
  filter: { description: 'Filtro como JSON: un objeto con los campos admitidos', example: () => '{}' },
} as const;

/** Text with no U+0000, which every request is refused for (nulCharacters.ts). */
const noNulPattern = '^[^\\u0000]*$';

/**
 * What a request may carry, said in the schema: a free string holds no U+0000. A string with a
 * pattern, format or fixed values already rules it out. (The names of extra properties are left
 * free: with a propertyNames pattern, schemathesis's coverage phase failed on the login body.)
 */
function withoutNulCharacters(schema: JsonSchema): JsonSchema {
  if (schema.type === 'string' && !('pattern' in schema) && !('format' in schema) && !('enum' in schema) && !('const' in schema)) return { ...schema, pattern: noNulPattern };
  return schema;
}

/**
 * A string the route trims (`.max(200).trim().min(3)`) is documented as the route reads it: its
 * maximum counts the text as sent, and its minimum the text between the first and the last
 * character that is not a space, so that a client's "\\n ab" is not taken for three characters.
 * A maximum counted after trimming could not be stated (spaces around a long text would pass):
 * such a schema stops the document from being built.
 */
function trimmedLengths(ctx: { zodSchema: z.core.$ZodType; jsonSchema: JsonSchema; path: (string | number)[] }) {
  const { checks = [] } = ctx.zodSchema._zod.def as { checks?: z.core.$ZodCheck[] };
  const kinds = checks.map((check) => check._zod.def as { check: string; tx?: (value: string) => string });
  const trimAt = kinds.findIndex((def) => def.check === 'overwrite' && def.tx?.(' x ') === 'x');
  if (trimAt < 0) return;
  if (kinds.findIndex((def) => def.check === 'max_length') > trimAt) {
    throw new Error(`OpenAPI: el texto en ${ctx.path.join('.')} cuenta su máximo después de recortar los espacios: ponga .max() antes de .trim()`);
  }
  const min = ctx.jsonSchema.minLength;
  if (typeof min !== 'number' || min < 1 || 'pattern' in ctx.jsonSchema) return;
  const space = `[${trimmedCharacters}]`;
  const solid = `[^\\u0000${trimmedCharacters}]`;
  ctx.jsonSchema.pattern = min === 1 ? `^[^\\u0000]*${solid}[^\\u0000]*$` : `^${space}*${solid}[^\\u0000]{${min - 2},}${solid}${space}*$`;
}

/** Converts a zod schema to JSON Schema 2020-12; local $defs are hoisted into components. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output', owner: string, components: Record<string, JsonSchema>): JsonSchema {
  const { $schema: _dialect, $defs, ...root } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'throw',
    ...(io === 'input' ? { override: trimmedLengths } : {}),
  }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const rename = (ref: string) => {
    if (ref === '#') return `#/components/schemas/${owner}`;
    if (ref.startsWith('#/$defs/')) return `#/components/schemas/${owner}_${ref.slice('#/$defs/'.length)}`;
    return ref;
  };
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === 'object') {
      const rewritten = Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, key === '$ref' && typeof inner === 'string' ? rename(inner) : rewrite(inner)])) as JsonSchema;
      return io === 'input' ? withoutNulCharacters(rewritten) : rewritten;
    }
    return value;
  };
  for (const [name, def] of Object.entries($defs ?? {})) components[`${owner}_${name}`] = rewrite(def) as JsonSchema;
  return rewrite(root) as JsonSchema;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

// OpenAPI has no place for "any method a path item leaves out", so no operation can list the 405
// that methodNotAllowed.ts answers: it is declared once here and named in info.description.
const methodNotAllowedResponse = {
  description: 'La ruta existe pero no admite el método; Allow lista los que admite',
  headers: { Allow: { description: 'Los métodos que la ruta admite, p. ej. GET, HEAD', required: true, schema: { type: 'string' } } },
  content: { 'application/json': { schema: ref('Error') } },
};

/** A table download: CSV (UTF-8 with BOM) by default, or an XLSX workbook. */
const tableContent = { 'text/csv': { schema: { type: 'string' } }, [xlsxContentType]: { schema: { type: 'string', format: 'binary' } } };
const tableFormatParameter = {
  name: 'format',
  in: 'query',
  required: false,
  description: 'Formato del archivo: csv (por omisión) o xlsx',
  schema: { type: 'string', enum: ['csv', 'xlsx'], default: 'csv' },
};

/** Every rule-checked input may also be refused by a rule the schema cannot state: 422 goes with 400. */
const errorStatuses = (endpoint: Endpoint): ErrorStatus[] => [...new Set<ErrorStatus>([...endpoint.errors, ...(endpoint.errors.includes(400) ? [422 as const] : [])])];

/** An uploaded file, as the imports read it: by its Content-Type, or by ?format= whatever the type. */
const uploadBody = {
  required: true,
  description: 'El archivo: CSV (UTF-8 o Windows-1252), Excel (.xlsx) o el JSON del datastore de CKAN',
  content: {
    'text/csv': { schema: { type: 'string', minLength: 1 } },
    [xlsxContentType]: { schema: { type: 'string', format: 'binary', minLength: 1 } },
    'application/json': { schema: {} },
  },
};

/** A deliverable's workbook, uploaded back. */
const workbookBody = {
  required: true,
  description: 'El libro de la etapa (.xlsx), editado; con su Content-Type de Excel o como application/octet-stream',
  content: { [xlsxContentType]: { schema: { type: 'string', format: 'binary', minLength: 1 } }, 'application/octet-stream': { schema: { type: 'string', format: 'binary', minLength: 1 } } },
};

function successContent(success: Success, component: (name: string, schema: z.ZodType, io: 'output') => JsonSchema) {
  if (success === 'noContent') return {};
  if (success === 'workbook') return { content: { [xlsxContentType]: { schema: { type: 'string', format: 'binary' } } } };
  if (success === 'table') return { content: tableContent };
  if (success === 'icalendar') return { content: { 'text/calendar': { schema: { type: 'string' } } } };
  if (success === 'object') return { content: { 'application/json': { schema: { type: 'object' } } } };
  if (success === 'list' || success === 'array') return { content: { 'application/json': { schema: { type: 'array', items: { type: 'object' } } } } };
  const record = component(success.name, success.schema, 'output');
  return { content: { 'application/json': { schema: success.many ? { type: 'array', items: record } : record } } };
}

export function buildOpenApiDocument() {
  const schemas: Record<string, JsonSchema> = {};
  const sources = new Map<string, z.ZodType>();
  const component = (name: string, schema: z.ZodType, io: 'input' | 'output') => {
    if (sources.has(name) && sources.get(name) !== schema) throw new Error(`OpenAPI: el nombre ${name} se usa para dos esquemas distintos`);
    sources.set(name, schema);
    schemas[name] ??= jsonSchema(schema, io, name, schemas);
    return ref(name);
  };
  component('Error', errorBody, 'output');

  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of allEndpoints()) {
    const pathShapes = endpoint.pathParams ? (jsonSchema(endpoint.pathParams, 'input', `${endpoint.operationId}Path`, schemas).properties as Record<string, JsonSchema>) : {};
    const parameters: unknown[] = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      description: (pathShapes[name!]?.description as string | undefined) ?? 'Identificador del recurso',
      schema: pathShapes[name!] ?? { type: 'string' },
    }));
    if (endpoint.params) {
      const { properties, required = [] } = jsonSchema(endpoint.params, 'input', `${endpoint.operationId}Params`, schemas) as { properties: Record<string, JsonSchema>; required?: string[] };
      for (const [name, schema] of Object.entries(properties)) parameters.push({ name, in: 'query', required: required.includes(name), schema });
    }
    if (endpoint.success === 'table') parameters.push(tableFormatParameter);
    if (endpoint.query) {
      // Each parameter's JSON is described by what its parser admits (a content filter reusing a
      // body field: the code as typed, before it is padded).
      const shape = (endpoint.query as unknown as z.ZodObject).shape as Record<keyof typeof listParameterText, z.ZodType>;
      for (const [name, param] of Object.entries(shape) as [keyof typeof listParameterText, z.ZodType][]) {
        const content = jsonParamContent(param);
        if (!content) throw new Error(`OpenAPI: ${endpoint.operationId}: el parámetro ${name} no es JSON de listQuery`);
        const contentSchema = jsonSchema(content, 'input', `${endpoint.operationId}_${name}`, schemas);
        const firstField = ((contentSchema.prefixItems as JsonSchema[] | undefined)?.[0]?.enum as string[] | undefined)?.[0] ?? 'id';
        parameters.push({
          name,
          in: 'query',
          required: false,
          description: listParameterText[name].description,
          // OpenAPI's own way to say "this parameter is JSON": clients and fuzzers then send JSON text.
          content: { 'application/json': { schema: contentSchema, example: JSON.parse(listParameterText[name].example(firstField)) } },
        });
      }
    }
    const responses: Record<string, unknown> = {
      [endpoint.status]: {
        description: endpoint.status === 201 ? 'Creado' : endpoint.status === 204 ? 'Hecho, sin contenido' : 'Correcto',
        ...(isPage(endpoint.success)
          ? { headers: { 'Content-Range': { description: 'recurso desde-hasta/total, p. ej. stages 0-24/319', schema: { type: 'string' } } } }
          : {}),
        ...successContent(endpoint.success, component),
      },
    };
    for (const [status, extra] of Object.entries(endpoint.extraResponses ?? {})) responses[status] = { description: extra.description, ...successContent(extra.success, component) };
    for (const status of errorStatuses(endpoint)) responses[status] = { $ref: `#/components/responses/${errorDescriptions[status].name}` };
    // Node's HTTP parser answers it, with no body, before any route runs.
    responses[431] = { $ref: '#/components/responses/RequestHeaderFieldsTooLarge' };

    paths[endpoint.path] ??= {};
    paths[endpoint.path]![endpoint.method] = {
      operationId: endpoint.operationId,
      summary: endpoint.summary,
      tags: [endpoint.tag],
      security: endpoint.public ? [] : [{ bearerAuth: [] }],
      ...(parameters.length ? { parameters } : {}),
      ...(endpoint.body
        ? // A body whose every field is optional may be left out: the routes read a missing one as {}.
          { requestBody: { required: !endpoint.body.schema.safeParse({}).success, content: { 'application/json': { schema: component(endpoint.body.name, endpoint.body.schema, 'input') } } } }
        : {}),
      ...(endpoint.upload ? { requestBody: endpoint.upload === 'workbook' ? workbookBody : uploadBody } : {}),
      responses,
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Ciclo API',
      version: packageJson.version,
      description:
        'Orquesta el ciclo anual de planificación y presupuesto de las instituciones públicas. Los errores llegan como {message, errors?: {campo: mensaje}}. ' +
        'Una ruta descrita pedida con un método que no tiene responde 405 con la cabecera Allow (components.responses.MethodNotAllowed).',
    },
    tags,
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'El token que devuelve POST /api/auth/login' } },
      schemas,
      responses: {
        ...Object.fromEntries(
          Object.values(errorDescriptions).map(({ name, description, headers }) => [name, { description, ...(headers ? { headers } : {}), content: { 'application/json': { schema: ref('Error') } } }]),
        ),
        MethodNotAllowed: methodNotAllowedResponse,
        RequestHeaderFieldsTooLarge: { description: 'La dirección o las cabeceras pasan de 16 KB (el límite de Node): se rechaza antes de leerla, sin cuerpo' },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

/** Builds the document once (a schema that cannot be converted stops the app at start-up). */
export function openApiHandler(): RequestHandler {
  const document = buildOpenApiDocument();
  return (_req, res) => {
    res.json(document);
  };
}
