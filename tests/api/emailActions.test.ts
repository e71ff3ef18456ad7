// The approve and return links of decision mails, against the real stack: the planner submits
// through the API, the authority's mail is read from the SMTP sink, and its links act once.
import { beforeAll, describe, expect, it } from 'vitest';
import { signActionLink } from '../../src/mail/actionLinks';
import { useTestStack } from '../support/useTestStack';

const stack = useTestStack();

/** What a mail's link would do: the token goes in the body, never in the path. */
const lookUp = (token: string) => stack.api('POST', '/email-actions/lookup', { body: { token } });
/** Acts with a mail's link, the token in the body beside the decision. */
const useLink = (token: string, decision: object = {}) => stack.api('POST', '/email-actions', { body: { token, ...decision } });

/** Submits the ministry's stage as its planner and reads the approve and return tokens its authority was mailed. */
async function submitAndReadLinks(ministry: string) {
  const stageId = await stack.stageId(ministry);
  const submitted = await stack.api('POST', `/stages/${stageId}/submit`, { token: await stack.login(`planificador.${ministry.toLowerCase()}@ciclo.test`), body: {} });
  expect(submitted).toMatchObject({ status: 200, body: { status: 'submitted' } });
  const authorityEmail = `autoridad.${ministry.toLowerCase()}@ciclo.test`;
  const [mail] = await stack.sink.waitFor((m) => m.to.includes(authorityEmail) && /enviada para aprobación/.test(m.subject));
  const approve = /^Aprobar: (\S+)$/m.exec(mail!.text)?.[1];
  const giveBack = /^Devolver para corrección: (\S+)$/m.exec(mail!.text)?.[1];
  expect(approve).toMatch(/^http:\/\/ciclo\.test\/#\/correo\/accion\//);
  expect(giveBack).toMatch(/^http:\/\/ciclo\.test\/#\/correo\/accion\//);
  const tokenOf = (url: string) => url.split('/#/correo/accion/')[1]!;
  const authority = await stack.db.user.findUniqueOrThrow({ where: { email: authorityEmail } });
  return { stageId, authority, approve: tokenOf(approve!), giveBack: tokenOf(giveBack!) };
}

describe('approve from the mail (MSPAS)', () => {
  let links: Awaited<ReturnType<typeof submitAndReadLinks>>;

  beforeAll(async () => {
    links = await submitAndReadLinks('MSPAS');
  });

  it('when the approve link is looked up, then it describes the stage, institution, action, version and person, and changes nothing', async () => {
    const answer = await lookUp(links.approve);
    expect(answer).toMatchObject({
      status: 200,
      body: { action: 'approve', version: 1, stageId: links.stageId, stageStatus: 'submitted', institutionCode: 'MSPAS', personName: links.authority.name, usable: true },
    });
    expect(answer.body.stageName).toMatch(/PEI/);
    expect(answer.body.institutionName).toMatch(/Salud/);
    expect(Date.parse(answer.body.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 24 * 3_600_000);
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: links.stageId } })).toMatchObject({ status: 'submitted' });
    expect(await stack.db.emailActionUse.count()).toBe(0);
    expect(await stack.db.auditEvent.count({ where: { stageId: links.stageId, action: 'approved' } })).toBe(0);
  });

  it('when the approve link is confirmed with POST, then the stage is approved and the audit trail names the authority', async () => {
    const answer = await useLink(links.approve, { comment: 'Aprobado desde el correo' });
    expect(answer).toMatchObject({ status: 200, body: { action: 'approve', status: 'approved', message: 'Etapa aprobada', stageId: links.stageId } });
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: links.stageId } })).toMatchObject({ status: 'approved', lastComment: 'Aprobado desde el correo' });
    const event = await stack.db.auditEvent.findFirstOrThrow({ where: { stageId: links.stageId, action: 'approved' } });
    expect(event).toMatchObject({ actorId: links.authority.id, actorName: links.authority.name, comment: 'Aprobado desde el correo' });
  });

  it('when the same link is used a second time, then 409 "Este enlace ya se usó", and its lookup says it can no longer act', async () => {
    const again = await useLink(links.approve);
    expect(again).toMatchObject({ status: 409, body: { message: 'Este enlace ya se usó' } });
    const described = await lookUp(links.approve);
    expect(described.body).toMatchObject({ usable: false, reason: 'Este enlace ya se usó' });
  });

  it('when a token is tampered with or mangled, then 403 or 422 with a Spanish message, and nothing acts', async () => {
    const [body, signature] = links.giveBack.split('.') as [string, string];
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    const forged = `${Buffer.from(JSON.stringify({ ...payload, action: 'approve' })).toString('base64url')}.${signature}`;
    const tampered = await useLink(forged);
    expect(tampered).toMatchObject({ status: 403, body: { message: expect.stringMatching(/^El enlace no es válido/) } });
    const described = await lookUp(forged);
    expect(described.status).toBe(403);
    const mangled = await useLink(links.giveBack.slice(0, 30));
    expect(mangled).toMatchObject({ status: 422, body: { message: expect.stringMatching(/^El enlace no es válido/) } });
    expect(await stack.db.emailActionUse.count({ where: { id: payload.jti } })).toBe(0);
  });
});

describe('the token stays out of URLs the server sees', () => {
  it('when a decision mail is read, then each link carries its token only in the fragment, which browsers never send', async () => {
    const stageId = await stack.stageId('CIV');
    expect((await stack.api('POST', `/stages/${stageId}/submit`, { token: await stack.login('planificador.civ@ciclo.test'), body: {} })).status).toBe(200);
    const [mail] = await stack.sink.waitFor((m) => m.to.includes('autoridad.civ@ciclo.test') && /enviada para aprobación/.test(m.subject));
    const urls = [/^Aprobar: (\S+)$/m.exec(mail!.text)![1]!, /^Devolver para corrección: (\S+)$/m.exec(mail!.text)![1]!].map((link) => new URL(link));
    for (const url of urls) {
      const token = url.hash.split('/').pop()!;
      expect(token, url.href).toMatch(/^[\w-]+\.[\w-]+$/);
      expect(`${url.pathname}${url.search}`, url.href).toBe('/');
    }
  });

  it('when a token is put in the path, as the first links did, then no route takes it (404 signed in, 401 without) and nothing acts', async () => {
    const links = await submitAndReadLinks('MAGA');
    const session = await stack.login('admin@ciclo.test');
    for (const method of ['GET', 'POST']) {
      expect(await stack.api(method, `/email-actions/${links.approve}`, { token: session, body: method === 'POST' ? {} : undefined }), method).toMatchObject({ status: 404, body: { message: 'Ruta no encontrada' } });
      expect((await stack.api(method, `/email-actions/${links.approve}`, { body: method === 'POST' ? {} : undefined })).status, method).toBe(401);
    }
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: links.stageId } })).toMatchObject({ status: 'submitted' });
    expect((await lookUp(links.approve)).body).toMatchObject({ usable: true });
  });
});

describe('return from the mail (MINEDUC)', () => {
  let links: Awaited<ReturnType<typeof submitAndReadLinks>>;

  beforeAll(async () => {
    links = await submitAndReadLinks('MINEDUC');
  });

  it('when a link has expired, then using it answers 410 and its lookup describes it as no longer usable', async () => {
    const { token } = signActionLink({ userId: links.authority.id, stageId: links.stageId, action: 'approve', version: 1 }, { ...stack.mailLinks, ttlHours: 1 }, Date.now() - 2 * 3_600_000);
    const answer = await useLink(token);
    expect(answer).toMatchObject({ status: 410, body: { message: expect.stringMatching(/venció/) } });
    const described = await lookUp(token);
    expect(described).toMatchObject({ status: 200, body: { action: 'approve', usable: false, reason: expect.stringMatching(/venció/) } });
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: links.stageId } })).toMatchObject({ status: 'submitted' });
  });

  it('when a link was made for someone who does not decide, then the workflow refuses with 403 and the link is not spent', async () => {
    const planner = await stack.db.user.findUniqueOrThrow({ where: { email: 'planificador.mineduc@ciclo.test' } });
    const { token, payload } = signActionLink({ userId: planner.id, stageId: links.stageId, action: 'approve', version: 1 }, stack.mailLinks);
    const answer = await useLink(token);
    expect(answer.status).toBe(403);
    expect(answer.body.message).toMatch(/decide/);
    expect(await stack.db.emailActionUse.count({ where: { id: payload.jti } })).toBe(0);
  });

  it('when the return link is confirmed without a comment or reason, then 400 naming each field, and nothing is used', async () => {
    const answer = await useLink(links.giveBack);
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.errors).sort()).toEqual(['comment', 'reasonCode']);
    const blank = await useLink(links.giveBack, { comment: '   ', reasonCode: 'incomplete' });
    expect(blank).toMatchObject({ status: 400, body: { errors: { comment: 'las observaciones son obligatorias' } } });
    expect((await lookUp(links.giveBack)).body).toMatchObject({ action: 'return', usable: true });
  });

  it('when the return link is confirmed with observations and a reason, then the stage goes back to draft as version 2', async () => {
    const answer = await useLink(links.giveBack, { comment: 'Faltan metas del POA', reasonCode: 'incomplete' });
    expect(answer).toMatchObject({ status: 200, body: { action: 'return', status: 'draft', version: 2, message: 'Etapa devuelta para corrección' } });
    const event = await stack.db.auditEvent.findFirstOrThrow({ where: { stageId: links.stageId, action: 'returned' } });
    expect(event).toMatchObject({ actorId: links.authority.id, comment: 'Faltan metas del POA', reasonCode: 'incomplete', version: 1 });
  });

  it('when the approve link of version 1 is used after the return, then 409 names both versions and the stage stays in draft', async () => {
    const answer = await useLink(links.approve);
    expect(answer).toMatchObject({ status: 409, body: { message: expect.stringMatching(/versión 1 .*versión 2/) } });
    expect((await lookUp(links.approve)).body).toMatchObject({ usable: false, version: 1, currentVersion: 2 });
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: links.stageId } })).toMatchObject({ status: 'draft', version: 2 });
  });
});
