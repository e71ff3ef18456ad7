// What the console needs to know of this deployment: where the Temporal Web UI is (to link each
// stage's workflow) and whether the local mailbox can be read.
import { Router } from 'express';
import type { ConsoleSettings } from '../responses';

export function settingsRoutes(opts: { temporalUi?: { url: string; namespace: string }; mailSink: boolean }): Router {
  const router = Router();
  router.get('/', (_req, res) => {
    res.json({ temporalUi: opts.temporalUi ?? null, mailSink: opts.mailSink } satisfies ConsoleSettings);
  });
  return router;
}
