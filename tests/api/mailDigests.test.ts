// Fewer, better mails (issue 22, item 6): a person chooses per kind of event a mail at once or the
// daily digest. Held notices show in the notification centre at once and go out in one digest a
// day, once whatever the retries; everyone else's mails are unchanged. Real PostgreSQL, Temporal
// and SMTP sink.
import { describe, expect, it } from 'vitest';
import { createActivities } from '../../src/activities';
import { useTestStack } from '../support/useTestStack';
import { ownStage } from '../support/ownStage';

let mspasId: string;
const tokens = { planner: '', director: '' };

const stack = useTestStack(async (stack) => {
  mspasId = (await stack.db.institution.findUniqueOrThrow({ where: { code: 'MSPAS' } })).id;
  tokens.planner = await stack.login('planificador.mspas@ciclo.test');
  tokens.director = await stack.login('director.mspas@ciclo.test');
});

const directorMails = () => stack.sink.messages.filter((m) => m.to.includes('director.mspas@ciclo.test'));

describe('/api/mail-preferences and the daily digest', () => {
  it('when an unknown kind is chosen, then 400 names it and the choice stays as it was', async () => {
    const answer = await stack.api('PUT', '/mail-preferences', { token: tokens.director, body: { digestKinds: ['submitted', 'cumpleaños'] } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual({ 'digestKinds.1': 'tipo de aviso desconocido' });
    expect((await stack.api('GET', '/mail-preferences', { token: tokens.director })).body).toMatchObject({ digestKinds: [] });
  });

  it('when the director takes submissions in the digest, then three submissions mail nothing at once and one digest lists them, sent once', async () => {
    const saved = await stack.api('PUT', '/mail-preferences', { token: tokens.director, body: { digestKinds: ['reminder', 'submitted', 'submitted'] } });
    expect(saved).toMatchObject({ status: 200, body: { digestKinds: ['submitted', 'reminder'] } });
    expect(saved.body.kinds).toContain('rule_fired');

    const before = directorMails().length;
    const stages: string[] = [];
    for (const n of [1, 2, 3]) {
      const stageId = await ownStage(stack, mspasId, { code: `resumen_${n}`, name: `Etapa del resumen ${n}` });
      expect((await stack.api('POST', `/stages/${stageId}/submit`, { token: tokens.planner, body: {} })).status).toBe(200);
      stages.push(stageId);
    }
    // Held: in the notification centre at once, no mail. The planners still get theirs.
    const held = async () => (await stack.api('GET', '/notifications', { token: tokens.director })).body.filter((n: { stageId: string }) => stages.includes(n.stageId));
    await expect.poll(async () => (await held()).length, { timeout: 20_000 }).toBe(3);
    expect(directorMails().length).toBe(before);

    // The third is decided before the digest goes: it is listed without links.
    expect((await stack.api('POST', `/stages/${stages[2]}/approve`, { token: tokens.director, body: {} })).status).toBe(200);

    const activities = createActivities({ db: stack.db, mailer: stack.mailer, publicUrl: 'http://ciclo.test', mailLinks: stack.mailLinks });
    expect(await activities.sendMailDigests({ day: '2027-03-02' })).toEqual({ people: 1, notices: 3 });
    const [digest] = await stack.sink.waitFor((m) => m.to.includes('director.mspas@ciclo.test') && m.subject.startsWith('Ciclo: sus avisos'));
    expect(digest!.subject).toBe('Ciclo: sus avisos del 2027-03-02 (3)');
    for (const n of [1, 2, 3]) expect(digest!.text).toContain(`Etapa del resumen ${n} enviada para aprobación`);
    expect(digest!.text).toContain('http://ciclo.test/#/preferencias-de-correo');
    // The two still awaiting the director carry their approve and return links, as their own mails would.
    const links = [...digest!.text.matchAll(/^ {2}(Aprobar|Devolver para corrección): http:\/\/ciclo\.test\/#\/correo\/accion\/(\S+)$/gm)].map(([, action, token]) => ({ action, token: token! }));
    expect(links.map((l) => l.action)).toEqual(['Aprobar', 'Devolver para corrección', 'Aprobar', 'Devolver para corrección']);
    expect(digest!.text).toContain('Cada enlace de aprobar o devolver sirve una sola vez');
    const used = await stack.api('POST', '/email-actions', { body: { token: links[0]!.token } });
    expect(used.status).toBe(200);
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stages[0]! } })).toMatchObject({ status: 'in_review', reviewLevel: 1 });

    // A retry of the same day sends nothing more; the next day has nothing to send.
    expect(await activities.sendMailDigests({ day: '2027-03-02' })).toEqual({ people: 0, notices: 3 });
    expect(await activities.sendMailDigests({ day: '2027-03-03' })).toEqual({ people: 0, notices: 0 });
    expect(stack.sink.messages.filter((m) => m.subject.startsWith('Ciclo: sus avisos'))).toHaveLength(1);

    // Back to mails at once: the next submission is mailed as before.
    expect((await stack.api('PUT', '/mail-preferences', { token: tokens.director, body: { digestKinds: [] } })).status).toBe(200);
    const stageId = await ownStage(stack, mspasId, { code: 'resumen_4', name: 'Etapa del resumen 4' });
    await stack.api('POST', `/stages/${stageId}/submit`, { token: tokens.planner, body: {} });
    await stack.sink.waitFor((m) => m.to.includes('director.mspas@ciclo.test') && /Etapa del resumen 4 enviada/.test(m.subject));
  });
});
