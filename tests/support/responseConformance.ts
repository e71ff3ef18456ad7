// Every JSON answer the API tests receive is checked against the schema /api/openapi.json declares
// for its operation and status (src/api/responses.ts, the Error body): a presenter that adds,
// drops or retypes a field fails the test that saw it. Wraps the app rather than changing it.
import express from 'express';
import { allEndpoints, declaredAnswer } from '../../src/api/openapi';

const operations = allEndpoints()
  .map((endpoint) => ({
    endpoint,
    method: endpoint.method.toUpperCase(),
    pattern: new RegExp(`^${endpoint.path.replace(/\{\w+\}/g, '[^/]+')}$`),
    // /api/institutions/facets before /api/institutions/{id}.
    parameters: endpoint.path.split('{').length,
  }))
  .sort((a, b) => a.parameters - b.parameters);

/** What is wrong with this answer, if its operation declares a schema for its status. */
export function conformanceProblem(method: string, path: string, status: number, body: unknown): string | undefined {
  const operation = operations.find((o) => o.method === method && o.pattern.test(path));
  if (!operation) return undefined;
  const schema = declaredAnswer(operation.endpoint, status);
  if (!schema) return undefined;
  const checked = schema.safeParse(body);
  if (checked.success) return undefined;
  const issues = checked.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(raíz)'}: ${issue.message}`);
  return `${method} ${path} ${status} (${operation.endpoint.operationId}) no cumple su esquema: ${issues.join('; ')}`;
}

/** The app behind a layer that records each JSON answer outside its declared schema. */
export function checkingResponses(app: express.Express) {
  const violations: string[] = [];
  const outer = express();
  outer.disable('x-powered-by');
  outer.use((req, res, next) => {
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      const problem = conformanceProblem(req.method, req.originalUrl.split('?')[0]!, res.statusCode, body);
      if (problem) violations.push(problem);
      return json(body);
    };
    next();
  });
  outer.use(app);
  return { app: outer, violations };
}
