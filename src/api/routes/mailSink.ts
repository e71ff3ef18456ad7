// The local SMTP sink's mailbox, readable in the console when `npm start` runs the sink itself
// (no SMTP_URL): each person reads only the mail sent to them, whatever their role, since a
// decision mail carries signed approve/return links that act as its addressee.
import { Router } from 'express';
import { z } from 'zod';
import type { ReceivedMail } from '../../infra/smtpSink';
import { currentUser } from '../authenticate';
import { HttpError, notFound } from '../httpErrors';
import { listQuerySchema, pagination, setContentRange } from '../listQuery';

export const mailSinkListQuery = listQuerySchema(z.object({ q: z.string().optional() }).strict(), ['receivedAt']);

export function mailSinkRoutes(sink: { messages: ReceivedMail[] } | undefined): Router {
  const router = Router();
  router.use((_req, _res, next) => {
    if (!sink) throw new HttpError(404, 'El buzón local no está activo: el correo sale por el servidor SMTP configurado (SMTP_URL)');
    next();
  });

  const visibleTo = (res: Parameters<typeof currentUser>[0]) => {
    const { email } = currentUser(res);
    return sink!.messages.filter((mail) => mail.to.some((to) => to.toLowerCase() === email.toLowerCase()));
  };

  router.get('/', (req, res) => {
    const { sort, range, filter = {} } = mailSinkListQuery.parse(req.query);
    const needle = filter.q?.toLowerCase();
    const matching = visibleTo(res).filter((mail) => !needle || `${mail.subject} ${mail.to.join(' ')}`.toLowerCase().includes(needle));
    const ordered = [...matching].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
    if (sort?.[1] !== 'ASC') ordered.reverse();
    const { skip, take } = pagination(range, 200);
    const page = ordered.slice(skip, skip + take);
    setContentRange(res, 'mail-sink', skip, page.length, ordered.length);
    res.json(page);
  });

  router.get('/:id', (req, res) => {
    const { id } = z.object({ id: z.string() }).parse(req.params);
    const mail = visibleTo(res).find((m) => m.id === id);
    if (!mail) throw notFound('El mensaje');
    res.json(mail);
  });
  return router;
}
