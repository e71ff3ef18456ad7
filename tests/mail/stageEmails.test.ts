// Stage mail through nodemailer to a real SMTP peer on loopback, with a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../prisma/seed';
import { createOverdueDigestActivities } from '../../src/activities/overdueDigest';
import { createStageChangeActivities } from '../../src/activities/stageChanges';
import { createStageEmailActivities, enqueueStageEmail } from '../../src/activities/stageEmails';
import { loadConfig } from '../../src/config/env';
import { createMailer } from '../../src/mail/mailer';
import { maxDeliveryFailures, redeliverStaleMail, startMailRedelivery } from '../../src/worker/mailRedelivery';
import { startTestMail } from '../../support/mail';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';

const { mailLinks } = loadConfig({});
let database: TestDatabase;
let mail: Awaited<ReturnType<typeof startTestMail>>;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, 2028);
  mail = await startTestMail();
});
afterAll(async () => {
  await mail?.stop();
  await database?.drop();
});

async function mspas() {
  const stage = await database.db.stage.findFirstOrThrow({ where: { institution: { code: 'MSPAS' } } });
  return { stage, institutionId: stage.institutionId };
}

describe('sendStageEmail', () => {
  it('when the audience speaks two languages, then each gets one message in theirs', async () => {
    const { stage, institutionId } = await mspas();
    await database.db.user.update({ where: { email: 'director.mspas@ciclo.test' }, data: { locale: 'en' } });
    const { sendStageEmail } = createStageEmailActivities({ db: database.db, mailer: mail.mailer, publicUrl: 'http://ciclo.test', mailLinks });
    const result = await sendStageEmail({ stageId: stage.id, kind: 'returned', idempotencyKey: 'k-returned', comment: 'Revisar metas', audience: [{ role: 'planner', institutionId }, { role: 'director', institutionId }] });
    expect(result).toEqual({ sent: true, recipients: 2 });
    const [spanish] = await mail.sink.waitFor((m) => m.to.includes('planificador.mspas@ciclo.test'));
    const [english] = await mail.sink.waitFor((m) => m.to.includes('director.mspas@ciclo.test'));
    expect(spanish!.subject).toBe('Ministerio de Salud Pública y Asistencia Social: Revisión del plan estratégico institucional (PEI) devuelta para corrección');
    expect(english!.subject).toBe('Ministerio de Salud Pública y Asistencia Social: Revisión del plan estratégico institucional (PEI) returned for correction');
    expect(english!.text).toContain('Observations: Revisar metas');
    expect(spanish!.to).toEqual(['planificador.mspas@ciclo.test']);
  });

  it('when the activity is retried with the same key, then nothing is sent twice', async () => {
    const { stage, institutionId } = await mspas();
    const { sendStageEmail } = createStageEmailActivities({ db: database.db, mailer: mail.mailer, publicUrl: 'http://ciclo.test', mailLinks });
    const before = mail.sink.messages.length;
    const input = { stageId: stage.id, kind: 'approved' as const, idempotencyKey: 'k-approved', audience: [{ role: 'planner' as const, institutionId }] };
    expect((await sendStageEmail(input)).sent).toBe(true);
    expect((await sendStageEmail(input)).sent).toBe(false);
    await mail.sink.waitFor((m) => m.subject.endsWith('aprobada'));
    expect(mail.sink.messages.length).toBe(before + 1);
  });

  it('when a worker was killed after claiming a mail and before the SMTP server accepted it, then the next attempt sends it once, with its idempotency key', async () => {
    const { stage, institutionId } = await mspas();
    const key = 'k-killed-while-sending';
    // What the killed attempt left: its claim, never confirmed.
    await database.db.sentEmail.create({ data: { idempotencyKey: key, recipients: 'planificador.mspas@ciclo.test', subject: 'Plazo vencido' } });
    const { sendStageEmail } = createStageEmailActivities({ db: database.db, mailer: mail.mailer, publicUrl: 'http://ciclo.test', mailLinks });
    const input = { stageId: stage.id, kind: 'overdue' as const, idempotencyKey: key, audience: [{ role: 'planner' as const, institutionId }] };
    expect((await sendStageEmail(input)).sent).toBe(true);
    expect((await sendStageEmail(input)).sent).toBe(false);
    await mail.sink.waitFor((m) => m.idempotencyKey === key);
    expect(mail.sink.messages.filter((m) => m.idempotencyKey === key)).toHaveLength(1);
    expect((await database.db.sentEmail.findUniqueOrThrow({ where: { idempotencyKey: key } })).deliveredAt).toBeInstanceOf(Date);
  });

  it('when the SMTP server cannot be reached, then the send fails and a later retry delivers it', async () => {
    const { stage, institutionId } = await mspas();
    const input = { stageId: stage.id, kind: 'reminder' as const, idempotencyKey: 'k-reminder', audience: [{ role: 'planner' as const, institutionId }] };
    const down = createStageEmailActivities({ db: database.db, mailer: createMailer('smtp://127.0.0.1:9', 'x@ciclo.test'), publicUrl: 'http://ciclo.test', mailLinks });
    await expect(down.sendStageEmail(input)).rejects.toThrow();
    // Kept in the outbox, undelivered, with the refusal counted.
    expect(await database.db.sentEmail.findUniqueOrThrow({ where: { idempotencyKey: 'k-reminder' } })).toMatchObject({ deliveredAt: null, failures: 1, lastError: expect.stringMatching(/ECONNREFUSED/) });
    const up = createStageEmailActivities({ db: database.db, mailer: mail.mailer, publicUrl: 'http://ciclo.test', mailLinks });
    expect((await up.sendStageEmail(input)).sent).toBe(true);
    await mail.sink.waitFor((m) => m.idempotencyKey === 'k-reminder');
    expect(mail.sink.messages.filter((m) => m.idempotencyKey === 'k-reminder')).toHaveLength(1);
  });
});

describe('the mail outbox', () => {
  const deps = () => ({ db: database.db, mailer: mail.mailer, publicUrl: 'http://ciclo.test', mailLinks });
  /** What an attempt that died right after its transaction committed leaves: notifications and mails, undelivered. */
  const diedAfterWriting = async (key: string, ageSeconds: number) => {
    const { stage, institutionId } = await mspas();
    await database.db.$transaction((tx) => enqueueStageEmail(tx, deps(), { stageId: stage.id, kind: 'overdue', idempotencyKey: key, audience: [{ role: 'planner', institutionId }, { role: 'director', institutionId }] }));
    await database.db.sentEmail.updateMany({ where: { idempotencyKey: { startsWith: key } }, data: { sentAt: new Date(Date.now() - ageSeconds * 1000) } });
  };

  it('when an attempt wrote its notifications and mail and died, and no retry ever comes, then the redelivery sends the mail once, to the people notified', async () => {
    await diedAfterWriting('k-orphan', 300);
    const notified = await database.db.notification.findMany({ where: { mailKey: 'k-orphan' }, include: { user: true } });
    expect(notified).toHaveLength(2);
    // Two workers sweeping at once: each row is taken by one.
    const sweeps = await Promise.all([redeliverStaleMail(database.db, mail.mailer, 120), redeliverStaleMail(database.db, mail.mailer, 120)]);
    // The director reads English (the first test): one mail per language.
    expect(sweeps.reduce((sum, s) => sum + s.delivered, 0)).toBe(2);
    const messages = await mail.sink.waitFor((m) => m.idempotencyKey?.startsWith('k-orphan') ?? false, 2);
    expect(messages.flatMap((m) => m.to).sort()).toEqual(notified.map((n) => n.user.email).sort());
    for (const n of notified) expect(messages.find((m) => m.to.includes(n.user.email))!.subject).toBe(n.subject);
    expect(await database.db.sentEmail.count({ where: { idempotencyKey: { startsWith: 'k-orphan' }, deliveredAt: null } })).toBe(0);
    expect((await redeliverStaleMail(database.db, mail.mailer, 120)).delivered).toBe(0);
    expect(mail.sink.messages.filter((m) => m.idempotencyKey?.startsWith('k-orphan'))).toHaveLength(2);
  });

  it("when the worker's redelivery runs, then it sends what was left on its own, until stopped", async () => {
    await diedAfterWriting('k-swept', 300);
    const redelivery = startMailRedelivery(database.db, mail.mailer, 1);
    try {
      await mail.sink.waitFor((m) => m.idempotencyKey?.startsWith('k-swept') ?? false, 2, 10_000);
    } finally {
      await redelivery.stop();
    }
    expect(await database.db.sentEmail.count({ where: { idempotencyKey: { startsWith: 'k-swept' }, deliveredAt: null } })).toBe(0);
  });

  it('when a mail is younger than the redelivery delay, then the sweep leaves it to its own activity', async () => {
    await diedAfterWriting('k-young', 5);
    expect(await redeliverStaleMail(database.db, mail.mailer, 120)).toEqual({ delivered: 0, failed: 0 });
    expect(await database.db.sentEmail.count({ where: { idempotencyKey: { startsWith: 'k-young' }, deliveredAt: null } })).toBe(2);
  });

  it('when the SMTP server refuses a redelivery, then the refusal is counted and the sweep stops trying after the limit', async () => {
    await diedAfterWriting('k-refused', 300);
    const down = createMailer('smtp://127.0.0.1:9', 'x@ciclo.test');
    // Two mails (Spanish and English), both refused.
    expect(await redeliverStaleMail(database.db, down, 120)).toEqual({ delivered: 0, failed: 2 });
    expect(await database.db.sentEmail.findUniqueOrThrow({ where: { idempotencyKey: 'k-refused' } })).toMatchObject({ deliveredAt: null, failures: 1, lastError: expect.stringMatching(/ECONNREFUSED/) });
    await database.db.sentEmail.updateMany({ where: { idempotencyKey: { startsWith: 'k-refused' } }, data: { failures: maxDeliveryFailures, sentAt: new Date(Date.now() - 300_000) } });
    expect(await redeliverStaleMail(database.db, mail.mailer, 120)).toEqual({ delivered: 0, failed: 0 });
  });

  it('when either half of a stage change fails, then nothing of it is written: no audit line, notification or mail', async () => {
    const { stage, institutionId } = await mspas();
    const { recordStageChange } = createStageChangeActivities(deps());
    const event = { stageId: stage.id, eventKey: 'k-rolled-back', action: 'reminder' as const, snapshot: { status: 'bogus' as never, version: 1, overdue: false, reviewLevel: 0 }, deadline: stage.deadline.toISOString(), version: 1, at: new Date().toISOString() };
    await expect(recordStageChange({ event, mail: { stageId: stage.id, kind: 'reminder', idempotencyKey: 'k-rolled-back', audience: [{ role: 'planner', institutionId }] } })).rejects.toThrow();
    expect(await database.db.notification.count({ where: { mailKey: 'k-rolled-back' } })).toBe(0);
    expect(await database.db.sentEmail.count({ where: { idempotencyKey: 'k-rolled-back' } })).toBe(0);
    expect(await database.db.auditEvent.count({ where: { eventKey: 'k-rolled-back' } })).toBe(0);
    // And the other way: the mail cannot be written, so the audit line is not either.
    const fine = { ...event, eventKey: 'k-mail-failed', snapshot: { ...event.snapshot, status: 'draft' as const } };
    await expect(recordStageChange({ event: fine, mail: { stageId: '00000000-0000-0000-0000-000000000000', kind: 'reminder', idempotencyKey: 'k-mail-failed', audience: [{ role: 'planner', institutionId }] } })).rejects.toThrow();
    expect(await database.db.auditEvent.count({ where: { eventKey: 'k-mail-failed' } })).toBe(0);
  });
});

describe('notifications of mailed events', () => {
  it('when a stage event is mailed, then each recipient gets one notification in their language, and a second run of the activity adds none', async () => {
    const { stage, institutionId } = await mspas();
    const { sendStageEmail } = createStageEmailActivities({ db: database.db, mailer: mail.mailer, publicUrl: 'http://ciclo.test', mailLinks });
    const input = { stageId: stage.id, kind: 'extended' as const, idempotencyKey: 'k-notified', comment: 'Nueva fecha', audience: [{ role: 'planner' as const, institutionId }, { role: 'director' as const, institutionId }] };
    await sendStageEmail(input);
    await sendStageEmail(input);
    const rows = await database.db.notification.findMany({ where: { mailKey: 'k-notified' }, include: { user: true }, orderBy: { user: { email: 'asc' } } });
    expect(rows.map((n) => n.user.email)).toEqual(['director.mspas@ciclo.test', 'planificador.mspas@ciclo.test']);
    const [english, spanish] = rows;
    expect(english!.subject).toMatch(/^Extension: /);
    expect(spanish!.subject).toMatch(/^Prórroga: /);
    expect(spanish!.text).toContain('Observaciones: Nueva fecha');
    expect(spanish).toMatchObject({ stageId: stage.id, link: `http://ciclo.test/#/stages/${stage.id}/show`, readAt: null });
  });

  it('when a decision is asked of a decider and the planners, then each gets a mail of their own, and only the decider carries approve and return links', async () => {
    const { stage, institutionId } = await mspas();
    await database.db.stage.update({ where: { id: stage.id }, data: { status: 'submitted', reviewLevel: 0 } });
    const { sendStageEmail } = createStageEmailActivities({ db: database.db, mailer: mail.mailer, publicUrl: 'http://ciclo.test', mailLinks });
    const input = { stageId: stage.id, kind: 'escalated' as const, idempotencyKey: 'k-escalated', audience: [{ role: 'authority' as const, institutionId }, { role: 'planner' as const, institutionId }] };
    expect(await sendStageEmail(input)).toEqual({ sent: true, recipients: 2 });
    expect((await sendStageEmail(input)).sent).toBe(false);
    const [authority] = await mail.sink.waitFor((m) => m.to.includes('autoridad.mspas@ciclo.test') && m.subject.startsWith('Escalamiento'));
    const [planner] = await mail.sink.waitFor((m) => m.to.includes('planificador.mspas@ciclo.test') && m.subject.startsWith('Escalamiento'));
    expect(authority!.to).toEqual(['autoridad.mspas@ciclo.test']);
    expect(authority!.text).toMatch(/^Aprobar: http:\/\/ciclo\.test\/#\/correo\/accion\/[\w-]+\.[\w-]+$/m);
    expect(authority!.text).toMatch(/^Devolver para corrección: http:\/\/ciclo\.test\/#\/correo\/accion\/[\w-]+\.[\w-]+$/m);
    expect(planner!.text).not.toContain('/correo/accion/');
    const users = await database.db.user.findMany({ where: { email: { in: ['autoridad.mspas@ciclo.test', 'planificador.mspas@ciclo.test'] } } });
    const claimed = await database.db.sentEmail.findMany({ where: { idempotencyKey: { startsWith: 'k-escalated' } } });
    expect(claimed.map((c) => c.idempotencyKey).sort()).toEqual(users.map((u) => `k-escalated:to:${u.id}`).sort());
    expect(await database.db.notification.count({ where: { mailKey: 'k-escalated' } })).toBe(2);
  });

  it('when the overdue digest goes out twice for the same day, then each coordinator has one notification of it', async () => {
    const { stage } = await mspas();
    await database.db.stage.update({ where: { id: stage.id }, data: { overdue: true, status: 'draft' } });
    const { sendOverdueDigest } = createOverdueDigestActivities({ db: database.db, mailer: mail.mailer, publicUrl: 'http://ciclo.test', mailLinks });
    const input = { day: '2027-04-02', now: '2027-04-02T13:00:00Z' };
    expect((await sendOverdueDigest(input)).sent).toBe(true);
    expect((await sendOverdueDigest(input)).sent).toBe(false);
    const coordinators = await database.db.user.count({ where: { role: 'coordinator' } });
    const rows = await database.db.notification.findMany({ where: { mailKey: 'digest:2027-04-02' } });
    expect(rows).toHaveLength(coordinators);
    expect(rows[0]).toMatchObject({ stageId: null, link: 'http://ciclo.test/#/stages' });
    expect(rows[0]!.subject).toMatch(/^Resumen diario 2027-04-02/);
  });
});
