// GET /api/health: 200 only when Temporal, the database and SMTP each really answer.
import { Router } from 'express';

export type HealthChecks = Record<'temporal' | 'database' | 'smtp', () => Promise<unknown>>;

const timeoutMs = 3000;

function withTimeout(check: () => Promise<unknown>): Promise<'ok' | string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`sin respuesta en ${timeoutMs} ms`), timeoutMs);
  });
  const probe = check().then(
    () => 'ok' as const,
    (err: unknown) => (err instanceof Error ? err.message : String(err)) || 'error',
  );
  return Promise.race([probe, timeout]).finally(() => clearTimeout(timer));
}

export function healthRoutes(checks: HealthChecks): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const names = Object.keys(checks) as (keyof HealthChecks)[];
    const results = await Promise.all(names.map((name) => withTimeout(checks[name])));
    const parts = Object.fromEntries(names.map((name, i) => [name, results[i]]));
    const failing = names.filter((_, i) => results[i] !== 'ok');
    if (failing.length === 0) {
      res.json({ status: 'ok', ...parts });
    } else {
      res.status(503).json({ status: 'error', failing, ...parts, message: `No responde: ${failing.join(', ')}` });
    }
  });
  return router;
}
