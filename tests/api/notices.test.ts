// Deadlines as a calendar and a private iCalendar feed, each person's notifications, and the local
// SMTP mailbox, through the real API on a real PostgreSQL and SMTP sink.
import { describe, expect, it } from 'vitest';
import { useTestStack } from '../support/useTestStack';

let planner: string;
let coordinator: string;
let plannerId: string;
let mspasStage: { id: string; deadline: Date };

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const day = (at: Date, offsetDays = 0) => new Date(at.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);

const stack = useTestStack(async (stack) => {
  [planner, coordinator] = await stack.signIn('planificador.mspas@ciclo.test', 'coordinador.minfin@ciclo.test');
  plannerId = (await stack.db.user.findUniqueOrThrow({ where: { email: 'planificador.mspas@ciclo.test' } })).id;
  mspasStage = await stack.db.stage.findFirstOrThrow({ where: { institution: { code: 'MSPAS' } } });
});

/** Fetches a feed URL as a calendar client would: no token, whatever host the URL names. */
async function fetchFeed(url: string) {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

describe('calendar', () => {
  it('when a planner asks for deadlines in a range, then only their institution\'s stages come, and a reversed range is a 422, a date that is none a 400', async () => {
    const range = `from=${day(mspasStage.deadline, -1)}&to=${day(mspasStage.deadline, 1)}`;
    const mine = await stack.api('GET', `/calendar/deadlines?${range}`, { token: planner });
    expect(mine.status).toBe(200);
    expect(mine.body.length).toBeGreaterThan(0);
    expect(new Set(mine.body.map((d: { institutionCode: string }) => d.institutionCode))).toEqual(new Set(['MSPAS']));
    expect(mine.body.map((d: { stageId: string }) => d.stageId)).toContain(mspasStage.id);
    const everyone = await stack.api('GET', `/calendar/deadlines?${range}`, { token: coordinator });
    expect(new Set(everyone.body.map((d: { institutionCode: string }) => d.institutionCode)).size).toBeGreaterThan(1);

    const reversed = await stack.api('GET', `/calendar/deadlines?from=2028-05-01&to=2028-04-01`, { token: planner });
    expect(reversed).toMatchObject({ status: 422, body: { errors: { to: 'debe ser igual o posterior a from' } } });
    const notADate = await stack.api('GET', `/calendar/deadlines?from=mañana&to=2028-04-01`, { token: planner });
    expect(notADate.status).toBe(400);
    const mineduc = (await stack.db.institution.findUniqueOrThrow({ where: { code: 'MINEDUC' } })).id;
    expect((await stack.api('GET', `/calendar/deadlines?${range}&institutionId=${mineduc}`, { token: planner })).status).toBe(403);
  });

  it('when a person makes a feed link, then a calendar client reads their deadlines without a token; a new link or a revocation kills the old one', async () => {
    expect((await stack.api('GET', '/calendar/subscription', { token: planner })).body).toEqual({ active: false });
    const made = await stack.api('POST', '/calendar/subscription', { token: planner });
    expect(made.status).toBe(201);
    expect(made.body.url).toMatch(new RegExp(`^${stack.baseUrl}/api/calendar/[A-Za-z0-9_-]{32}\\.ics$`));
    expect((await stack.api('GET', '/calendar/subscription', { token: planner })).body).toEqual({ active: true });
    // Only a digest is kept: the secret itself is nowhere in the table.
    const secret = /calendar\/(.+)\.ics$/.exec(made.body.url)![1]!;
    expect((await stack.db.user.findUniqueOrThrow({ where: { id: plannerId } })).calendarToken).not.toContain(secret);

    const feed = await fetchFeed(made.body.url);
    expect(feed.status).toBe(200);
    expect(feed.type).toMatch(/^text\/calendar/);
    expect(feed.text).toContain(`UID:plazo-${mspasStage.id}@ciclo`);
    const others = await stack.db.stage.findMany({ where: { institution: { code: { not: 'MSPAS' } } } });
    for (const other of others) expect(feed.text).not.toContain(other.id);

    const renewed = await stack.api('POST', '/calendar/subscription', { token: planner });
    expect((await fetchFeed(made.body.url)).status).toBe(404);
    expect((await fetchFeed(renewed.body.url)).status).toBe(200);
    expect((await stack.api('DELETE', '/calendar/subscription', { token: planner })).body).toEqual({ active: false });
    const revoked = await fetchFeed(renewed.body.url);
    expect(revoked.status).toBe(404);
    expect(JSON.parse(revoked.text).message).toBe('Este enlace de calendario no existe o fue reemplazado por otro');
    expect((await fetchFeed(`${stack.baseUrl}/api/calendar/<script>.ics`)).status).toBe(400);
  });
});

describe('notifications', () => {
  it('when a person has notifications, then they list newest first, count the unread, and only they can read or mark them', async () => {
    const other = await stack.db.user.findUniqueOrThrow({ where: { email: 'autoridad.mspas@ciclo.test' } });
    const at = (minutes: number) => new Date(Date.UTC(2027, 0, 10, 12, minutes));
    await stack.db.notification.createMany({
      data: [
        { userId: plannerId, mailKey: 'prueba:1', stageId: mspasStage.id, subject: 'Primero', text: 'uno', createdAt: at(1) },
        { userId: plannerId, mailKey: 'prueba:2', stageId: mspasStage.id, subject: 'Segundo', text: 'dos', createdAt: at(2) },
        { userId: plannerId, mailKey: 'prueba:3', subject: 'Tercero', text: 'tres', createdAt: at(3) },
        { userId: other.id, mailKey: 'prueba:1', subject: 'Ajeno', text: 'de otra persona', createdAt: at(4) },
      ],
    });
    const list = await stack.api('GET', `/notifications?range=${q([0, 1])}`, { token: planner });
    expect(list.body.map((n: { subject: string }) => n.subject)).toEqual(['Tercero', 'Segundo']);
    expect(list.headers.get('content-range')).toBe('notifications 0-1/3');
    expect((await stack.api('GET', '/notifications/unread-count', { token: planner })).body).toEqual({ unread: 3 });

    const second = list.body[1];
    const read = await stack.api('POST', `/notifications/${second.id}/read`, { token: planner });
    expect(read.body).toMatchObject({ subject: 'Segundo', marked: true, readAt: expect.any(String) });
    expect((await stack.api('POST', `/notifications/${second.id}/read`, { token: planner })).body.marked).toBe(false);
    const unread = await stack.api('GET', `/notifications?filter=${q({ unread: true })}`, { token: planner });
    expect(unread.body.map((n: { subject: string }) => n.subject)).toEqual(['Tercero', 'Primero']);

    const foreign = await stack.db.notification.findFirstOrThrow({ where: { userId: other.id } });
    expect((await stack.api('GET', `/notifications/${foreign.id}`, { token: planner })).status).toBe(404);
    expect((await stack.api('POST', `/notifications/${foreign.id}/read`, { token: planner })).status).toBe(404);
    expect((await stack.db.notification.findUniqueOrThrow({ where: { id: foreign.id } })).readAt).toBeNull();

    expect((await stack.api('POST', '/notifications/read-all', { token: planner })).body).toEqual({ marked: 2 });
    expect((await stack.api('GET', '/notifications/unread-count', { token: planner })).body).toEqual({ unread: 0 });
    expect((await stack.api('GET', `/notifications?filter=${q({ unread: 'sí' })}`, { token: planner })).status).toBe(400);
  });
});

describe('the local mailbox', () => {
  it('when mail reaches the SMTP sink, then its recipient reads it in the API and nobody else does, a coordinator neither', async () => {
    const stageId = mspasStage.id;
    const submitted = await stack.api('POST', `/stages/${stageId}/submit`, { token: planner, body: { comment: 'Para el buzón' } });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const [mail] = await stack.sink.waitFor((m) => m.to.includes('autoridad.mspas@ciclo.test'));
    const authority = await stack.login('autoridad.mspas@ciclo.test');

    const own = await stack.api('GET', '/mail-sink', { token: authority });
    expect(own.body.map((m: { id: string }) => m.id)).toContain(mail!.id);
    expect(own.body.every((m: { to: string[] }) => m.to.includes('autoridad.mspas@ciclo.test'))).toBe(true);
    expect((await stack.api('GET', `/mail-sink/${mail!.id}`, { token: authority })).body).toMatchObject({ subject: mail!.subject, text: expect.stringContaining('Para el buzón') });
    // The mail carries the authority's signed links; the copy in the notification centre does not.
    expect(mail!.text).toMatch(/#\/correo\/accion\/\S+/);
    const copies = await stack.api('GET', `/notifications?filter=${q({ stageId })}`, { token: authority });
    expect(copies.body.length).toBeGreaterThan(0);
    for (const copy of copies.body as { text: string }[]) expect(copy.text).not.toMatch(/correo\/accion/);

    const outsider = await stack.login('planificador.mineduc@ciclo.test');
    expect((await stack.api('GET', `/mail-sink/${mail!.id}`, { token: outsider })).status).toBe(404);
    // The mail carries approve/return links signed for the authority: a coordinator must not read them.
    expect((await stack.api('GET', `/mail-sink/${mail!.id}`, { token: coordinator })).status).toBe(404);
    const searched = await stack.api('GET', `/mail-sink?filter=${q({ q: 'autoridad.mspas' })}`, { token: coordinator });
    expect(searched.body.map((m: { id: string }) => m.id)).not.toContain(mail!.id);
    expect(searched.headers.get('content-range')).toMatch(/^mail-sink 0-\d+\/\d+$/);
  });
});
