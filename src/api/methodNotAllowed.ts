// 405 with Allow for a path the API serves asked with a method it does not serve; unknown paths
// fall through to the 404. The served methods come from the endpoint registry (openapi.ts), which
// tests/api/openapi.test.ts holds equal to Express's own routes, so no list is kept by hand here.
import type { RequestHandler } from 'express';
import { MethodNotAllowed } from './httpErrors';
import { allEndpoints } from './openapi';

/** "/api/stages/{id}/snapshots/{version}" as a regular expression over the path under /api. */
function pathPattern(template: string): RegExp {
  const parts = template
    .replace(/^\/api/, '')
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  // Express matches paths without regard to case and with an optional trailing slash.
  return new RegExp(`^${parts.join('')}/?$`, 'i');
}

export function methodNotAllowed(): RequestHandler {
  const byPath = new Map<string, Set<string>>();
  for (const endpoint of allEndpoints()) {
    const methods = byPath.get(endpoint.path) ?? new Set<string>();
    methods.add(endpoint.method.toUpperCase());
    // Express answers HEAD wherever it answers GET.
    if (endpoint.method === 'get') methods.add('HEAD');
    byPath.set(endpoint.path, methods);
  }
  const routes = [...byPath].map(([template, methods]) => ({ pattern: pathPattern(template), methods }));
  const order = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

  return (req, _res, next) => {
    // A path can match several templates (/products/export and /products/{id}): any of them serves it.
    const allowed = new Set(routes.filter((route) => route.pattern.test(req.path)).flatMap((route) => [...route.methods]));
    if (allowed.size === 0 || allowed.has(req.method)) {
      next();
      return;
    }
    next(new MethodNotAllowed(req.method, [...allowed].sort((a, b) => order.indexOf(a) - order.indexOf(b))));
  };
}
