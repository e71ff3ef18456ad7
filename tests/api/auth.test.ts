// Login, bearer tokens, validation and health, in-process against real PostgreSQL, Temporal and SMTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app';
import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe('POST /api/auth/login', () => {
  it('when the password is right, then it returns a token and the user with role and institution', async () => {
    const answer = await stack.api('POST', '/auth/login', { body: { email: 'Autoridad.MSPAS@ciclo.test', password: 'ciclo-demo' } });
    expect(answer.status).toBe(200);
    expect(answer.body.token).toMatch(/^[\w-]{40,}$/);
    expect(answer.body.user).toMatchObject({ email: 'autoridad.mspas@ciclo.test', role: 'authority', institutionCode: 'MSPAS' });
    const me = await stack.api('GET', '/auth/me', { token: answer.body.token });
    expect(me.body).toMatchObject({ email: 'autoridad.mspas@ciclo.test' });
  });

  it('when the password is wrong, then 401 with a message', async () => {
    const answer = await stack.api('POST', '/auth/login', { body: { email: 'autoridad.mspas@ciclo.test', password: 'otra' } });
    expect(answer).toMatchObject({ status: 401, body: { message: 'Correo o contraseña incorrectos' } });
  });

  it('when the body is malformed, then 400 with a message per field', async () => {
    const answer = await stack.api('POST', '/auth/login', { body: { email: 'no-es-correo', password: '' } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual({ email: 'debe ser un correo electrónico válido', password: 'es obligatoria' });
    const notJson = await stack.api('POST', '/auth/login', { rawBody: '{"email":' });
    expect(notJson).toMatchObject({ status: 400, body: { message: 'El cuerpo de la solicitud no es JSON válido' } });
  });

  it('when passwords are stored, then only scrypt hashes are kept', async () => {
    const users = await stack.db.user.findMany();
    expect(users.length).toBe(15);
    for (const user of users) expect(user.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$/);
  });
});

describe('bearer authentication', () => {
  it('when no token is sent, then 401 with a message', async () => {
    const answer = await stack.api('GET', '/stages');
    expect(answer).toMatchObject({ status: 401, body: { message: expect.stringContaining('Bearer') } });
  });

  it('when the token is unknown or revoked, then 401', async () => {
    expect((await stack.api('GET', '/stages', { token: 'inventado' })).status).toBe(401);
    const token = await stack.login('planificador.maga@ciclo.test');
    expect((await stack.api('GET', '/stages', { token })).status).toBe(200);
    expect((await stack.api('POST', '/auth/logout', { token })).status).toBe(204);
    expect((await stack.api('GET', '/stages', { token })).status).toBe(401);
  });
});

describe('GET /api/health', () => {
  it('when every part answers, then 200 ok for each', async () => {
    const answer = await stack.api('GET', '/health');
    expect(answer).toMatchObject({ status: 200, body: { status: 'ok', temporal: 'ok', database: 'ok', smtp: 'ok' } });
  });

  it('when SMTP does not answer, then 503 naming it', async () => {
    const app = createApp({ db: stack.db, temporal: stack.temporal.client, mailer: stack.deadMailer(), taskQueue: stack.taskQueue, sessionTtlHours: 1, mailLinks: stack.mailLinks });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    const response = await fetch(`http://127.0.0.1:${port}/api/health`);
    server.close();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'error', failing: ['smtp'], temporal: 'ok', database: 'ok' });
  });
});
