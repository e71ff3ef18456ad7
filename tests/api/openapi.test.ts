// GET /api/openapi.json against the real app: every route Express has is described, every
// described route answers, and the document holds together (responses, $refs, security).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app';
import { useTestStack } from '../support/useTestStack';

type Json = Record<string, any>;

/** Written out by hand on purpose: the document must describe exactly these. */
const expectedOperations = [
  'GET /api/health',
  'GET /api/openapi.json',
  'POST /api/auth/login',
  'GET /api/auth/me',
  'POST /api/auth/logout',
  'POST /api/auth/password-setup/lookup',
  'POST /api/auth/password-setup',
  'GET /api/institutions',
  'GET /api/institutions/facets',
  'GET /api/institutions/{id}',
  'POST /api/institutions',
  'PUT /api/institutions/{id}',
  'POST /api/imports/institutions',
  'GET /api/imports/institutions/template',
  'GET /api/users',
  'GET /api/users/{id}',
  'POST /api/users',
  'PUT /api/users/{id}',
  'POST /api/users/{id}/invitation',
  'GET /api/stages',
  'GET /api/stages/{id}',
  'POST /api/stages/{id}/submit',
  'POST /api/stages/{id}/approve',
  'POST /api/stages/{id}/return',
  'POST /api/stages/{id}/recall',
  'POST /api/stages/decisions',
  'POST /api/stages/{id}/extend',
  'POST /api/stages/{id}/reassign',
  'POST /api/delegations',
  'POST /api/email-actions/lookup',
  'POST /api/email-actions',
  'GET /api/audit-events',
  'GET /api/calendar-templates',
  'GET /api/calendar-templates/{id}',
  'POST /api/calendar-templates',
  'PUT /api/calendar-templates/{id}',
  'GET /api/cycles',
  'GET /api/cycles/{id}',
  'POST /api/cycles',
  'GET /api/cycles/{id}/progress',
  'GET /api/cycles/{id}/start-progress',
  'GET /api/cycles/{id}/statistics',
  'POST /api/cycles/{id}/move-deadline',
  'GET /api/institution-cycles',
  'GET /api/stages/{id}/checks',
  'GET /api/stages/{id}/snapshots',
  'GET /api/stages/{id}/snapshots/{version}',
  'GET /api/stages/{id}/diff',
  'GET /api/stages/{id}/workbook',
  'POST /api/stages/{id}/workbook/preview',
  'POST /api/stages/{id}/workbook',
  'GET /api/multi-year',
  'POST /api/imports/budget-lines',
  'GET /api/imports/budget-lines/template',
  'POST /api/imports/budget-execution',
  'GET /api/imports/budget-execution/template',
  'GET /api/calendar/{secret}.ics',
  'GET /api/calendar/deadlines',
  'GET /api/calendar/subscription',
  'POST /api/calendar/subscription',
  'DELETE /api/calendar/subscription',
  'GET /api/notifications',
  'GET /api/notifications/unread-count',
  'POST /api/notifications/read-all',
  'GET /api/notifications/{id}',
  'POST /api/notifications/{id}/read',
  'GET /api/mail-preferences',
  'PUT /api/mail-preferences',
  'GET /api/mail-sink',
  'GET /api/mail-sink/{id}',
  'GET /api/settings',
  ...contentOperations(
    ['classifiers', 'strategic-plans', 'strategic-results', 'products', 'physical-targets', 'physical-executions', 'programmatic-categories', 'budget-lines', 'budget-projections', 'production-scenarios', 'scenario-items', 'indicators', 'indicator-targets', 'indicator-measurements'],
    [['GET', ''], ['GET', '/export'], ['GET', '/{id}'], ['POST', ''], ['PUT', '/{id}'], ['DELETE', '/{id}']],
  ),
  // Ceilings are versioned: a new figure is a new row, never an edit.
  ...contentOperations(['budget-ceilings'], [['GET', ''], ['GET', '/export'], ['GET', '/{id}'], ['POST', '']]),
];

function contentOperations(resources: string[], operations: [method: string, suffix: string][]): string[] {
  return resources.flatMap((resource) => operations.map(([method, suffix]) => `${method} /api/${resource}${suffix}`));
}
/** A well-formed id that no record has: content routes answer 404 for it. */
const absentId = '00000000-0000-4000-8000-000000000000';
const publicOperations = ['GET /api/health', 'GET /api/openapi.json', 'POST /api/auth/login', 'GET /api/calendar/{secret}.ics', 'POST /api/email-actions/lookup', 'POST /api/email-actions', 'POST /api/auth/password-setup/lookup', 'POST /api/auth/password-setup'];
const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

let doc: Json;
let admin: string;

const stack = useTestStack(async (stack) => {
  const answer = await stack.api('GET', '/openapi.json');
  expect(answer.status).toBe(200);
  doc = answer.body;
  admin = await stack.login('admin@ciclo.test');
});

function documentedOperations(): { key: string; method: string; path: string; operation: Json }[] {
  return Object.entries(doc.paths as Record<string, Json>).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => httpMethods.includes(method))
      .map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, operation: operation as Json })),
  );
}

function resolvePointer(ref: string): unknown {
  expect(ref.startsWith('#/')).toBe(true);
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Json)[part] : undefined), doc);
}

function deref(node: Json): Json {
  return typeof node.$ref === 'string' ? deref(resolvePointer(node.$ref) as Json) : node;
}

/** Every route in Express's own router stacks, as "METHOD /api/path/{param}". */
function expressRoutes(): string[] {
  const app = createApp({ db: stack.db, temporal: stack.temporal.client, mailer: stack.deadMailer(), taskQueue: stack.taskQueue, sessionTtlHours: 1, mailLinks: stack.mailLinks });
  const found: string[] = [];
  const walk = (layers: any[], prefix: string) => {
    for (const layer of layers) {
      if (layer.route) {
        expect(typeof layer.route.path).toBe('string');
        const path = `${prefix}${layer.route.path}`.replace(/(.)\/$/, '$1').replace(/:(\w+)/g, '{$1}');
        for (const method of Object.keys(layer.route.methods).filter((m) => m !== '_all')) found.push(`${method.toUpperCase()} ${path}`);
      } else if (Array.isArray(layer.handle?.stack)) {
        expect(typeof layer.rawPath).toBe('string');
        walk(layer.handle.stack, layer.rawPath === '/' ? prefix : `${prefix}${layer.rawPath}`);
      }
    }
  };
  walk((app as any).router.stack, '');
  // The public portal (/publico) serves HTML pages and open-data files, not the API.
  return found.filter((route) => route.split(' ')[1]!.startsWith('/api/'));
}

describe('GET /api/openapi.json', () => {
  it('when fetched without a token, then 200 with an OpenAPI 3.1 document titled Ciclo API at the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'Ciclo API', version });
    expect(doc.components.securitySchemes.bearerAuth).toEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
  });

  it('when its operations are listed, then they are exactly the expected endpoints, each with a summary and an operationId', () => {
    const operations = documentedOperations();
    expect(operations.map((o) => o.key).sort()).toEqual([...expectedOperations].sort());
    for (const { key, operation } of operations) {
      expect(operation.summary, key).toMatch(/\S{3,}/);
      expect(operation.operationId, key).toMatch(/^\w+$/);
    }
    const ids = operations.map((o) => o.operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('when compared with the routes Express has, then every route is documented and nothing else is', () => {
    expect(expressRoutes().sort()).toEqual(documentedOperations().map((o) => o.key).sort());
  });

  it('when each documented operation is called with an admin token, then none reaches the catch-all 404 or fails with 500, and its status is documented', async () => {
    const ids: Record<string, string> = {
      stages: await stack.stageId('MSPAS'),
      'calendar-templates': (await stack.db.calendarTemplate.findFirstOrThrow()).id,
      cycles: (await stack.db.cycle.findFirstOrThrow()).id,
    };
    const logoutToken = await stack.login('admin@ciclo.test');
    for (const { key, method, path, operation } of documentedOperations()) {
      const concrete = path
        .replace(/^\/api/, '')
        .replace(/^\/([\w-]+)\/\{id\}/, (_, resource: string) => `/${resource}/${ids[resource] ?? absentId}`)
        .replace('{version}', '1')
        .replace('{secret}', 'x'.repeat(24))
        .replace('{token}', 'x.y');
      expect(concrete, key).not.toContain('{');
      const isPublic = publicOperations.includes(key);
      const token = isPublic ? undefined : key === 'POST /api/auth/logout' ? logoutToken : admin;
      const answer = await stack.api(method, concrete, { token, body: method === 'GET' ? undefined : {} });
      expect(answer.status === 404 && answer.body?.message === 'Ruta no encontrada', `${key}: ${JSON.stringify(answer.body)}`).toBe(false);
      expect(answer.status, `${key}: ${JSON.stringify(answer.body)}`).not.toBe(500);
      expect(answer.status, `${key} answered 401 with a valid token`).not.toBe(401);
      expect(Object.keys(operation.responses), `${key} answered ${answer.status}: ${JSON.stringify(answer.body)}`).toContain(String(answer.status));
    }
  });

  it('when called without a token, then only health, login, openapi.json and the signed links let the request in, as each operation\'s security says', async () => {
    for (const { key, method, path, operation } of documentedOperations()) {
      const isPublic = publicOperations.includes(key);
      expect(operation.security, key).toEqual(isPublic ? [] : [{ bearerAuth: [] }]);
      expect(Object.keys(operation.responses).includes('401'), key).toBe(!isPublic || key === 'POST /api/auth/login');
      const answer = await stack.api(method, path.replace('{id}', 'x').replace('{token}', 'x.y').replace(/^\/api/, ''), { body: method === 'GET' ? undefined : {} });
      expect(answer.status === 401, `${key} answered ${answer.status}`).toBe(!isPublic);
    }
  });

  it('when the login and startCycle bodies are read, then email and password, and fiscalYear and templateCode are required, with institutionCodes or institutionFilter', () => {
    const bodyOf = (path: string) => deref(doc.paths[path].post.requestBody.content['application/json'].schema);
    const login = bodyOf('/api/auth/login');
    expect(login.type).toBe('object');
    expect(login.required).toEqual(expect.arrayContaining(['email', 'password']));
    expect(login.properties.email).toMatchObject({ type: 'string', format: 'email' });
    expect(deref(doc.paths['/api/auth/login'].post.responses['429']).headers['Retry-After'].schema).toMatchObject({ type: 'integer' });
    const startCycle = bodyOf('/api/cycles');
    expect(startCycle.required).toEqual(expect.arrayContaining(['fiscalYear', 'templateCode']));
    // The institutions are named or chosen by a filter: one of the two, each optional on its own.
    expect(Object.keys(startCycle.properties)).toEqual(expect.arrayContaining(['institutionCodes', 'institutionFilter']));
    expect(startCycle.required).not.toContain('timeScale');
    const returnStage = bodyOf('/api/stages/{id}/return');
    expect(returnStage.required).toEqual(expect.arrayContaining(['comment', 'reasonCode']));
    expect(returnStage.properties.reasonCode.enum).toEqual(['incomplete', 'inconsistent', 'other']);
  });

  it('when the signed links\' operations are read, then each takes its token as a required body field, and no path or query parameter carries one', () => {
    for (const path of ['/api/email-actions/lookup', '/api/email-actions', '/api/auth/password-setup/lookup', '/api/auth/password-setup']) {
      const body = deref(doc.paths[path].post.requestBody.content['application/json'].schema);
      expect(body.required, path).toContain('token');
    }
    for (const { key, path, operation } of documentedOperations()) {
      expect(path, key).not.toMatch(/\{token\}/);
      expect(((operation.parameters ?? []) as Json[]).map((p) => p.name), key).not.toContain('token');
    }
  });

  /** The operations that read plain ?name=value parameters, each with whether it is required. */
  const plainQueries: Record<string, [string, boolean][]> = {
    'POST /api/imports/budget-lines': [['institutionId', true], ['format', false], ['acceptCodes', false]],
    'POST /api/imports/budget-execution': [['institutionId', true], ['format', false], ['fiscalYear', false]],
    'POST /api/imports/institutions': [['format', false]],
    'GET /api/stages/{id}/diff': [['from', true], ['to', true]],
    'POST /api/stages/{id}/workbook': [['fingerprint', true]],
    'GET /api/multi-year': [['institutionId', true], ['fiscalYear', true]],
    'GET /api/calendar/deadlines': [['from', true], ['to', true], ['institutionId', false]],
    'GET /api/cycles/{id}/progress': [['q', false], ['sector', false], ['kind', false], ['department', false], ['status', false], ['page', false], ['perPage', false]],
  };

  it('when the list endpoints are read, then sort, range and filter are JSON query parameters (content application/json), table downloads declare ?format= and their two types, and ids are required path parameters', () => {
    for (const { key, method, path, operation } of documentedOperations()) {
      const parameters = (operation.parameters ?? []) as Json[];
      const query = parameters.filter((p) => p.in === 'query');
      if (method === 'GET' && operation.responses['200']?.headers?.['Content-Range']) {
        expect(query.map((p) => p.name).sort(), key).toEqual(['filter', 'range', 'sort']);
        for (const parameter of query) {
          expect(parameter.required, key).toBe(false);
          expect(parameter.schema, key).toBeUndefined();
          expect(parameter.content['application/json'].schema, key).toBeTypeOf('object');
        }
      } else if (operation.responses['200']?.content?.['text/csv']) {
        // A table download: CSV or XLSX, chosen by ?format=.
        expect(Object.keys(operation.responses['200'].content), key).toEqual(['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
        expect(query.map((p) => [p.name, p.schema.enum]), key).toEqual([['format', ['csv', 'xlsx']]]);
      } else {
        expect(query.map((p) => [p.name, p.required]), key).toEqual(plainQueries[key] ?? []);
      }
      const pathNames = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
      expect(parameters.filter((p) => p.in === 'path').map((p) => [p.name, p.required]), key).toEqual(pathNames.map((name) => [name, true]));
    }
    const stageFilter = (doc.paths['/api/stages'].get.parameters as Json[]).find((p) => p.name === 'filter')!;
    expect(Object.keys(stageFilter.content['application/json'].schema.properties)).toEqual(['id', 'cycleId', 'institutionId', 'status', 'overdue', 'awaitingMe']);
  });

  it('when a body has only optional fields, then it may be left out, as the routes accept; otherwise it is required', () => {
    expect(doc.paths['/api/stages/{id}/submit'].post.requestBody.required).toBe(false);
    expect(doc.paths['/api/auth/login'].post.requestBody.required).toBe(true);
    expect(doc.paths['/api/stages/{id}/snapshots'].get.responses['200'].content['application/json'].schema.type).toBe('array');
    const version = (doc.paths['/api/stages/{id}/snapshots/{version}'].get.parameters as Json[]).find((p) => p.name === 'version')!;
    expect(version.schema).toMatchObject({ type: 'integer', minimum: 1 });
  });

  it('when a request may break a rule the schema cannot state, then 422 is declared beside 400; every operation declares the 431 of an overlong address; the imports take their file as a required body of three types', () => {
    for (const { key, operation } of documentedOperations()) {
      const statuses = Object.keys(operation.responses as Json);
      if (statuses.includes('400')) expect(statuses, key).toContain('422');
      expect(statuses, key).toContain('431');
    }
    for (const path of ['/api/imports/budget-lines', '/api/imports/budget-execution', '/api/imports/institutions']) {
      const { requestBody, responses } = doc.paths[path].post;
      expect(requestBody.required, path).toBe(true);
      expect(Object.keys(requestBody.content), path).toEqual(['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/json']);
      expect(Object.keys(responses), path).toContain('415');
    }
  });

  it('when a field is trimmed before its length is counted, then its pattern counts the text between its first and last character that are not spaces', () => {
    const name = new RegExp(deref(doc.components.schemas.InstitutionBody).properties.name.pattern as string, 'u');
    expect(name.test('MSPAS')).toBe(true);
    expect(name.test('  a b  ')).toBe(true);
    // Three characters as sent, one once trimmed: the route refuses it, so the document must too.
    expect(name.test('\n a')).toBe(false);
    expect(name.test('a\u0000b')).toBe(false);
  });

  it('when the structure is walked, then every operation has responses with descriptions, error answers are {message, errors}, and every $ref resolves', () => {
    for (const { key, operation } of documentedOperations()) {
      const responses = Object.entries(operation.responses as Record<string, Json>);
      expect(responses.length, key).toBeGreaterThan(0);
      expect(responses.some(([status]) => /^2\d\d$/.test(status)), key).toBe(true);
      for (const [status, response] of responses) {
        expect(status, key).toMatch(/^[1-5]\d\d$/);
        const resolved = deref(response);
        expect(resolved.description, `${key} ${status}`).toBeTypeOf('string');
        // 431 comes from Node's HTTP parser, with no body, before any route runs.
        if (/^4/.test(status) && status !== '431') {
          const schema = deref(resolved.content['application/json'].schema);
          expect(schema.required, `${key} ${status}`).toEqual(['message']);
          expect(Object.keys(schema.properties), `${key} ${status}`).toEqual(['message', 'errors', 'problems']);
        }
      }
    }
    const refs: string[] = [];
    const collect = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') {
        for (const [name, value] of Object.entries(node)) {
          if (name === '$ref') refs.push(value as string);
          else collect(value);
        }
      }
    };
    collect(doc);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of new Set(refs)) expect(resolvePointer(ref), ref).toBeTypeOf('object');
  });

  it('when a calendar template is fetched, then its answer has the documented CalendarTemplateRecord fields only, every required one among them', async () => {
    const schema = deref(doc.paths['/api/calendar-templates/{id}'].get.responses['200'].content['application/json'].schema);
    const [first] = (await stack.api('GET', '/calendar-templates', { token: admin })).body as Json[];
    const answer = await stack.api('GET', `/calendar-templates/${first!.id}`, { token: admin });
    expect(answer.status).toBe(200);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(Object.keys(answer.body)));
    expect(Object.keys(answer.body)).toEqual(expect.arrayContaining(schema.required));
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'code', 'stages', 'updatedAt']));
  });
});

describe('methods a path does not serve', () => {
  it('when a GET-only path is asked with PUT, even without a token, then 405 in Spanish with Allow: GET, HEAD', async () => {
    const answer = await stack.api('PUT', '/health', { body: {} });
    expect(answer).toMatchObject({ status: 405, body: { message: 'Esta ruta no admite el método PUT; admite GET, HEAD' } });
    expect(answer.headers.get('allow')).toBe('GET, HEAD');
  });

  it('when the document is read, then the 405 is a shared response with a required Allow header and the error body, and a real 405 fits it', async () => {
    const declared = doc.components.responses.MethodNotAllowed;
    expect(declared.headers.Allow).toMatchObject({ required: true, schema: { type: 'string' } });
    const schema = deref(declared.content['application/json'].schema);
    expect(doc.info.description).toContain('components.responses.MethodNotAllowed');
    const answer = await stack.api('DELETE', '/openapi.json');
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBeTypeOf('string');
    expect(Object.keys(answer.body).every((key) => key in schema.properties)).toBe(true);
    for (const key of schema.required as string[]) expect(answer.body[key], key).toBeTypeOf('string');
  });

  it('when a record path is asked with PATCH or POST, then 405 with the methods it serves, and nothing is written', async () => {
    const product = await stack.db.product.findFirstOrThrow();
    for (const method of ['PATCH', 'POST']) {
      const answer = await stack.api(method, `/products/${product.id}`, { token: admin, body: { name: 'Cambiado' } });
      expect(answer.status, method).toBe(405);
      expect(answer.headers.get('allow'), method).toBe('GET, HEAD, PUT, DELETE');
    }
    expect((await stack.db.product.findUniqueOrThrow({ where: { id: product.id } })).name).toBe(product.name);
  });

  it('when a path the API does not have is asked, with any method, then 404 Ruta no encontrada and no Allow', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const answer = await stack.api(method, '/no-existe/de-ninguna-forma', { token: admin, body: method === 'GET' ? undefined : {} });
      expect(answer, method).toMatchObject({ status: 404, body: { message: 'Ruta no encontrada' } });
      expect(answer.headers.get('allow'), method).toBeNull();
    }
  });

  it('when every documented path is asked with each method it does not document, then no answer is the catch-all 404 or a 500, and a 405 allows its documented methods', async () => {
    const byPath = new Map<string, string[]>();
    for (const { method, path } of documentedOperations()) byPath.set(path, [...(byPath.get(path) ?? []), method]);
    let refused = 0;
    for (const [path, methods] of byPath) {
      const concrete = path.replace(/^\/api/, '').replace(/\{id\}/, absentId).replace('{version}', '1').replace('{secret}', 'x'.repeat(24));
      for (const method of ['GET', 'PUT', 'POST', 'DELETE', 'PATCH'].filter((m) => !methods.includes(m))) {
        const answer = await stack.api(method, concrete, { token: admin, body: method === 'GET' ? undefined : {} });
        const key = `${method} ${path}`;
        expect(answer.status === 404 && answer.body?.message === 'Ruta no encontrada', `${key}: ${JSON.stringify(answer.body)}`).toBe(false);
        expect(answer.status, key).not.toBe(500);
        if (answer.status !== 405) continue;
        refused += 1;
        const allow = answer.headers.get('allow')!.split(', ');
        expect(allow, key).toEqual(expect.arrayContaining(methods));
        expect(allow, key).not.toContain(method);
      }
    }
    expect(refused).toBeGreaterThan(200);
  });
});
