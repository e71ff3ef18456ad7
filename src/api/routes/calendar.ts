// Deadlines as a calendar: the list the console draws by month, and each person's private
// iCalendar feed for Outlook or Google Calendar (the secret in its URL is the credential).
import { Router } from 'express';
import { z } from 'zod';
import type { SessionUser } from '../../auth/sessions';
import { hasCalendarSecret, renewCalendarSecret, revokeCalendarSecret, userForCalendarSecret } from '../../auth/calendarFeeds';
import type { Database } from '../../db/prisma';
import { icalendar } from '../../domain/calendar/icalendar';
import { currentUser, institutionScope } from '../authenticate';
import { HttpError } from '../httpErrors';
import type { DeadlineRecord } from '../responses';

const isoDay = z.iso.date('debe ser una fecha AAAA-MM-DD');
export const deadlinesQuery = z
  .object({ from: isoDay, to: isoDay, institutionId: z.string().optional() })
  .strict()
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'debe ser igual o posterior a from' })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 400 * 86_400_000, { path: ['to'], message: 'el rango no puede pasar de 400 días' });
export const feedParams = z.object({ secret: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, 'enlace de calendario no válido') });

/** The stages a person sees, with deadlines in [from, to] (whole days, UTC bounds widened by a day for time zones). */
async function deadlinesFor(db: Database, user: SessionUser, range?: { from: string; to: string; institutionId?: string }): Promise<DeadlineRecord[]> {
  const scope = institutionScope(user);
  if (scope !== undefined && range?.institutionId && range.institutionId !== scope) throw new HttpError(403, 'La institución no es la suya');
  const stages = await db.stage.findMany({
    where: {
      ...(scope !== undefined ? { institutionId: scope } : range?.institutionId ? { institutionId: range.institutionId } : {}),
      ...(range ? { deadline: { gte: new Date(Date.parse(range.from) - 86_400_000), lt: new Date(Date.parse(range.to) + 2 * 86_400_000) } } : {}),
    },
    include: { institution: { select: { code: true, name: true, timeZone: true } } },
    orderBy: [{ deadline: 'asc' }, { id: 'asc' }],
    take: 5000,
  });
  return stages.map((stage) => ({
    stageId: stage.id,
    stageCode: stage.code,
    stageName: stage.name,
    institutionCode: stage.institution.code,
    institutionName: stage.institution.name,
    timeZone: stage.institution.timeZone,
    status: stage.status,
    overdue: stage.overdue,
    deadline: stage.deadline.toISOString(),
  }));
}

/** GET /api/calendar/:secret.ics: public, mounted before authentication. */
export function calendarFeedRoutes(db: Database, publicUrl: (req: { protocol: string; get(name: string): string | undefined }) => string): Router {
  const router = Router();
  router.get('/:secret.ics', async (req, res) => {
    const { secret } = feedParams.parse(req.params);
    const user = await userForCalendarSecret(db, secret);
    if (!user) throw new HttpError(404, 'Este enlace de calendario no existe o fue reemplazado por otro');
    const base = publicUrl(req);
    const events = (await deadlinesFor(db, user)).map((d) => ({ ...d, deadline: new Date(d.deadline), link: `${base}/#/stages/${d.stageId}/show` }));
    res
      .type('text/calendar; charset=utf-8')
      .setHeader('Cache-Control', 'private, max-age=300')
      .send(icalendar({ name: `Ciclo: plazos de ${user.name}`, events, generatedAt: new Date() }));
  });
  return router;
}

/** The signed-in person's deadlines and feed subscription. */
export function calendarRoutes(db: Database, publicUrl: (req: { protocol: string; get(name: string): string | undefined }) => string): Router {
  const router = Router();
  const feedUrl = (req: Parameters<typeof publicUrl>[0], secret: string) => `${publicUrl(req)}/api/calendar/${secret}.ics`;

  router.get('/deadlines', async (req, res) => {
    res.json(await deadlinesFor(db, currentUser(res), deadlinesQuery.parse(req.query)));
  });
  router.get('/subscription', async (_req, res) => {
    res.json({ active: await hasCalendarSecret(db, currentUser(res).userId) });
  });
  // The URL is shown once, when made: only its hash is kept.
  router.post('/subscription', async (req, res) => {
    const secret = await renewCalendarSecret(db, currentUser(res).userId);
    res.status(201).json({ active: true, url: feedUrl(req, secret) });
  });
  router.delete('/subscription', async (_req, res) => {
    await revokeCalendarSecret(db, currentUser(res).userId);
    res.json({ active: false });
  });
  return router;
}
