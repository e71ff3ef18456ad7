// Login, bearer tokens, lockout and throttling, security headers, CORS, validation and health,
// in-process against real PostgreSQL, Temporal and SMTP.
import { createHash, randomBytes, scrypt } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AppDeps } from '../../src/api/app';
import { defaultLoginLimits } from '../../src/auth/loginThrottle';
import { useTestStack } from '../support/useTestStack';

const stack = useTestStack();

/** A second app on the stack's database, with its own limits and origins; `call` fetches under /api. */
async function serveApp(deps: Partial<AppDeps> = {}) {
  const app = createApp({ db: stack.db, temporal: stack.temporal.client, mailer: stack.deadMailer(), taskQueue: stack.taskQueue, sessionTtlHours: 1, mailLinks: stack.mailLinks, ...deps });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    call: (path: string, init?: RequestInit) => fetch(`${baseUrl}/api${path}`, init),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Tries to sign in, from `from` (X-Forwarded-For) when given; the answer's status, message and Retry-After. */
async function signIn(app: Awaited<ReturnType<typeof serveApp>>, email: string, password: string, from?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(from ? { 'x-forwarded-for': from } : {}) };
  const response = await app.call('/auth/login', { method: 'POST', headers, body: JSON.stringify({ email, password }) });
  const body = (await response.json()) as { message?: string };
  return { status: response.status, message: body.message, retryAfter: response.headers.get('retry-after') };
}

describe('POST /api/auth/login', () => {
  it('when the password is right, then it returns a token and the user with role and institution', async () => {
    const answer = await stack.api('POST', '/auth/login', { body: { email: 'Autoridad.MSPAS@ciclo.test', password: 'ciclo-demo' } });
    expect(answer.status).toBe(200);
    expect(answer.body.token).toMatch(/^[\w-]{40,}$/);
    expect(answer.body.user).toMatchObject({ email: 'autoridad.mspas@ciclo.test', role: 'authority', institutionCode: 'MSPAS' });
    const me = await stack.api('GET', '/auth/me', { token: answer.body.token });
    expect(me.body).toMatchObject({ email: 'autoridad.mspas@ciclo.test' });
  });

  it('when the institution has its own time zone, then login and /me give it; with no institution, Guatemala', async () => {
    await stack.db.institution.update({ where: { code: 'MSPAS' }, data: { timeZone: 'America/Lima' } });
    try {
      const answer = await stack.api('POST', '/auth/login', { body: { email: 'autoridad.mspas@ciclo.test', password: 'ciclo-demo' } });
      expect(answer.body.user).toMatchObject({ institutionCode: 'MSPAS', timeZone: 'America/Lima' });
      const me = await stack.api('GET', '/auth/me', { token: answer.body.token });
      expect(me.body).toMatchObject({ institutionCode: 'MSPAS', timeZone: 'America/Lima' });
    } finally {
      await stack.db.institution.update({ where: { code: 'MSPAS' }, data: { timeZone: 'America/Guatemala' } });
    }
    const admin = await stack.api('GET', '/auth/me', { token: await stack.login('admin@ciclo.test') });
    expect(admin.body).toMatchObject({ institutionCode: null, timeZone: 'America/Guatemala' });
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
    expect(users.length).toBe(16);
    for (const user of users) expect(user.passwordHash).toMatch(/^scrypt\$65536\$8\$1\$/);
  });
});

describe('bearer authentication', () => {
  it('when no token is sent, then 401 with a message', async () => {
    const answer = await stack.api('GET', '/stages');
    expect(answer).toMatchObject({ status: 401, body: { message: expect.stringContaining('Bearer') } });
  });

  it('when the session has expired, then its token gets 401', async () => {
    const token = await stack.login('planificador.civ@ciclo.test');
    expect((await stack.api('GET', '/auth/me', { token })).status).toBe(200);
    const tokenHash = createHash('sha256').update(token).digest('hex');
    await stack.db.session.update({ where: { tokenHash }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const answer = await stack.api('GET', '/auth/me', { token });
    expect(answer).toMatchObject({ status: 401, body: { message: 'La sesión no es válida o expiró; inicie sesión de nuevo' } });
  });

  it('when the token is unknown or revoked, then 401', async () => {
    expect((await stack.api('GET', '/stages', { token: 'inventado' })).status).toBe(401);
    const token = await stack.login('planificador.maga@ciclo.test');
    expect((await stack.api('GET', '/stages', { token })).status).toBe(200);
    expect((await stack.api('POST', '/auth/logout', { token })).status).toBe(204);
    expect((await stack.api('GET', '/stages', { token })).status).toBe(401);
  });
});

describe('login delays and throttling', () => {
  let app: Awaited<ReturnType<typeof serveApp>>;
  beforeAll(async () => {
    // The default delays, with the per-address limit out of the way of these many attempts; the
    // loopback proxy tells each request's client address, to play people in different places.
    app = await serveApp({ loginLimits: { ...defaultLoginLimits, perIpPerMinute: 1000 }, trustProxy: 'loopback' });
  });
  afterAll(async () => {
    await app?.close();
  });
  /** The end of the running delay, moved to now: as if the person had waited it out. */
  const waitOut = (email: string) => stack.db.loginThrottle.updateMany({ where: { email }, data: { blockedUntil: new Date(Date.now() - 1000) } });

  it('when an email gets 5 wrong passwords in a row from one address, then it waits 1 minute even for the right password, then 2 after the next wrong one, and the right one afterwards starts again', async () => {
    const email = 'director.maga@ciclo.test';
    const from = '198.51.100.10';
    const answers = [];
    for (let n = 0; n < 5; n++) answers.push(await signIn(app, email, 'otra', from));
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 429]);
    const delayed = await signIn(app, email, 'ciclo-demo', from);
    expect(delayed.status).toBe(429);
    expect(delayed.message).toBe('Demasiados intentos fallidos con este correo desde esta dirección: espere 1 minuto antes de intentar de nuevo');
    expect(Number(delayed.retryAfter)).toBeGreaterThan(50);
    expect(Number(delayed.retryAfter)).toBeLessThanOrEqual(60);

    await waitOut(email);
    const sixth = await signIn(app, email, 'otra', from);
    expect(sixth.status).toBe(429);
    expect(Number(sixth.retryAfter)).toBeGreaterThan(110);
    expect(Number(sixth.retryAfter)).toBeLessThanOrEqual(120);
    await waitOut(email);
    expect((await signIn(app, email, 'ciclo-demo', from)).status).toBe(200);
    expect(await stack.db.loginThrottle.count({ where: { email } })).toBe(0);
  });

  it('when a stranger elsewhere keeps failing on an account, then its owner signing in from their own address is not delayed', async () => {
    const email = 'autoridad.civ@ciclo.test';
    for (let n = 0; n < 8; n++) await signIn(app, email, `adivinanza-${n}`, '203.0.113.66');
    expect((await signIn(app, email, 'ciclo-demo', '203.0.113.66')).status).toBe(429);
    expect((await signIn(app, email, 'ciclo-demo', '198.51.100.20')).status).toBe(200);
  });

  it('when an email has no account, then its answers are the same as a real account\'s: 401 four times, then 429 with Retry-After', async () => {
    const attempts = async (email: string) => {
      const answers = [];
      for (let n = 0; n < 6; n++) answers.push(await signIn(app, email, 'otra', '198.51.100.30'));
      return answers.map(({ status, message, retryAfter }) => ({ status, message, retryAfter: retryAfter !== null && Number(retryAfter) > 50 }));
    };
    const known = await attempts('director.civ@ciclo.test');
    const unknown = await attempts('nadie.aqui@ciclo.test');
    expect(unknown).toEqual(known);
    expect(unknown.map((a) => a.status)).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it('when the right password comes after some wrong ones, then the count starts again', async () => {
    const email = 'director.mineduc@ciclo.test';
    for (let n = 0; n < 4; n++) expect((await signIn(app, email, 'otra', '198.51.100.40')).status).toBe(401);
    expect((await signIn(app, email, 'ciclo-demo', '198.51.100.40')).status).toBe(200);
    expect(await stack.db.loginThrottle.count({ where: { email } })).toBe(0);
    for (let n = 0; n < 4; n++) expect((await signIn(app, email, 'otra', '198.51.100.40')).status).toBe(401);
  });

  it('when 10 wrong passwords arrive at once, then only 5 are checked: four 401, six 429, and the right one waits too', async () => {
    const email = 'autoridad.maga@ciclo.test';
    const answers = await Promise.all(Array.from({ length: 10 }, () => signIn(app, email, 'otra', '198.51.100.50')));
    expect(answers.filter((a) => a.status === 401)).toHaveLength(4);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(6);
    expect((await signIn(app, email, 'ciclo-demo', '198.51.100.50')).status).toBe(429);
    expect(await stack.db.loginThrottle.findUniqueOrThrow({ where: { email_address: { email, address: '198.51.100.50' } } })).toMatchObject({ failures: 5 });
  });

  it('when one address makes more sign-in attempts in a minute than allowed, then 429 with Retry-After, whatever the account', async () => {
    const strict = await serveApp({ loginLimits: { ...defaultLoginLimits, perIpPerMinute: 3 } });
    const answers = [
      await signIn(strict, 'admin@ciclo.test', 'ciclo-demo'),
      await signIn(strict, 'nadie@ciclo.test', 'otra'),
      await signIn(strict, 'admin@ciclo.test', 'otra'),
      await signIn(strict, 'admin@ciclo.test', 'ciclo-demo'),
    ];
    await strict.close();
    expect(answers.map((a) => a.status)).toEqual([200, 401, 401, 429]);
    expect(answers[3]!.message).toBe('Demasiados intentos de inicio de sesión desde esta dirección; espere un momento e intente de nuevo');
    expect(Number(answers[3]!.retryAfter)).toBeGreaterThan(50);
  });
});

describe('security headers and CORS', () => {
  it('when anything is answered, then helmet\'s headers come with it, and a policy allowing only the console\'s own scripts', async () => {
    for (const path of ['/health', '/no-existe', '/stages']) {
      const { headers } = await stack.api('GET', path);
      expect(headers.get('content-security-policy'), path).toContain("script-src 'self'");
      expect(headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(headers.get('content-security-policy'), path).not.toContain('upgrade-insecure-requests');
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('x-frame-options'), path).toBe('DENY');
      expect(headers.get('strict-transport-security'), path).toMatch(/max-age=\d+/);
      expect(headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(headers.get('x-powered-by'), path).toBeNull();
    }
  });

  it('when a page calls the API, then only the console\'s origin and CORS_ORIGINS may read the answer, preflight included', async () => {
    const app = await serveApp({ publicUrl: 'https://ciclo.minfin.gob.gt/consola', corsOrigins: ['http://localhost:5173'] });
    const read = (origin: string) => app.call('/health', { headers: { origin } });
    const preflight = (origin: string) =>
      app.call('/stages', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });
    try {
      for (const origin of ['https://ciclo.minfin.gob.gt', 'http://localhost:5173']) {
        const answer = await read(origin);
        expect(answer.headers.get('access-control-allow-origin'), origin).toBe(origin);
        expect(answer.headers.get('access-control-expose-headers'), origin).toBe('Content-Range');
        const allowed = await preflight(origin);
        expect(allowed.status, origin).toBe(204);
        expect(allowed.headers.get('access-control-allow-origin'), origin).toBe(origin);
        expect(allowed.headers.get('access-control-allow-headers'), origin).toBe('authorization,content-type');
      }
      for (const origin of ['https://evil.example', 'https://ciclo.minfin.gob.gt.evil.example', 'null']) {
        expect((await read(origin)).headers.get('access-control-allow-origin'), origin).toBeNull();
        expect((await preflight(origin)).headers.get('access-control-allow-origin'), origin).toBeNull();
      }
      expect((await read('https://ciclo.minfin.gob.gt')).headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    } finally {
      await app.close();
    }
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

describe('password hashes made at an earlier cost', () => {
  it('when a person signs in with a hash of scrypt N=2^14, then the right password is accepted and the hash is remade at today\'s cost', async () => {
    const email = 'planificador.civ@ciclo.test';
    const old = 'scrypt$16384$8$1$' + (await legacyHash('ciclo-demo'));
    await stack.db.user.update({ where: { email }, data: { passwordHash: old } });
    expect((await stack.api('POST', '/auth/login', { body: { email, password: 'ciclo-demo' } })).status).toBe(200);
    const stored = (await stack.db.user.findUniqueOrThrow({ where: { email } })).passwordHash!;
    expect(stored).toMatch(/^scrypt\$65536\$8\$1\$/);
    expect((await stack.api('POST', '/auth/login', { body: { email, password: 'ciclo-demo' } })).status).toBe(200);
  });
});

/** salt$hash of scrypt at the cost Ciclo used before (N=2^14, r=8, p=1). */
async function legacyHash(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await new Promise<Buffer>((resolve, reject) => scrypt(password, salt, 32, { N: 16384, r: 8, p: 1 }, (err, k) => (err ? reject(err) : resolve(k))));
  return `${salt.toString('base64')}$${key.toString('base64')}`;
}
