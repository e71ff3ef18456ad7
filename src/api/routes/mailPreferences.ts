// The signed-in person's choice, per kind of stage event, between a mail at once and the daily
// digest (issue 22, item 6). What is held for the digest still shows in the notification centre.
import { Router } from 'express';
import type { Database } from '../../db/prisma';
import { stageEvents, type StageEvent } from '../../domain/stageEvent';
import { currentUser } from '../authenticate';
import type { MailPreferences } from '../responses';
import { mailPreferencesBody } from '../schemas';

const present = (digestKinds: string[]): MailPreferences => ({
  kinds: [...stageEvents],
  // Kinds no longer known are dropped from the answer (and from the next save).
  digestKinds: stageEvents.filter((kind) => digestKinds.includes(kind)),
});

export function mailPreferenceRoutes(db: Database): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    const person = await db.user.findUniqueOrThrow({ where: { id: currentUser(res).userId }, select: { mailDigestKinds: true } });
    res.json(present(person.mailDigestKinds));
  });

  router.put('/', async (req, res) => {
    const { digestKinds } = mailPreferencesBody.parse(req.body);
    const saved = await db.user.update({ where: { id: currentUser(res).userId }, data: { mailDigestKinds: [...new Set<StageEvent>(digestKinds)] }, select: { mailDigestKinds: true } });
    res.json(present(saved.mailDigestKinds));
  });

  return router;
}
