// Stage mail through nodemailer to a real SMTP peer on loopback, with a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../prisma/seed';
import { createStageEmailActivities } from '../../src/activities/stageEmails';
import { createMailer } from '../../src/mail/mailer';
import { startTestMail } from '../support/mail';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

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
    const { sendStageEmail } = createStageEmailActivities({ db: database.db, mailer: mail.mailer, publicUrl: 'http://ciclo.test' });
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
    const { sendStageEmail } = createStageEmailActivities({ db: database.db, mailer: mail.mailer, publicUrl: 'http://ciclo.test' });
    const before = mail.sink.messages.length;
    const input = { stageId: stage.id, kind: 'approved' as const, idempotencyKey: 'k-approved', audience: [{ role: 'planner' as const, institutionId }] };
    expect((await sendStageEmail(input)).sent).toBe(true);
    expect((await sendStageEmail(input)).sent).toBe(false);
    await mail.sink.waitFor((m) => m.subject.endsWith('aprobada'));
    expect(mail.sink.messages.length).toBe(before + 1);
  });

  it('when the SMTP server cannot be reached, then the send fails and a later retry delivers it', async () => {
    const { stage, institutionId } = await mspas();
    const input = { stageId: stage.id, kind: 'reminder' as const, idempotencyKey: 'k-reminder', audience: [{ role: 'planner' as const, institutionId }] };
    const down = createStageEmailActivities({ db: database.db, mailer: createMailer('smtp://127.0.0.1:9', 'x@ciclo.test'), publicUrl: 'http://ciclo.test' });
    await expect(down.sendStageEmail(input)).rejects.toThrow();
    expect(await database.db.sentEmail.count({ where: { idempotencyKey: 'k-reminder' } })).toBe(0);
    const up = createStageEmailActivities({ db: database.db, mailer: mail.mailer, publicUrl: 'http://ciclo.test' });
    expect((await up.sendStageEmail(input)).sent).toBe(true);
    await mail.sink.waitFor((m) => m.subject.startsWith('Recordatorio:'));
  });
});
