// The real `npm start` stack on embedded defaults (Temporal dev server, PostgreSQL, SMTP sink):
// healthy, an approval goes through, and after Ctrl-C and a restart everything carries on; a
// request left hanging does not hold Ctrl-C up; after a kill -9 the next start recovers alone.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Client, Connection } from '@temporalio/client';
import { withEmbeddedPostgres } from '../../src/infra/embeddedPostgres';
import { embeddedDefaultsEnv, freshDataDir, NpmStart } from '../../support/npmStart';
import { queryAt } from '../../support/postgres';

const dataDir = freshDataDir('ciclo-e2e-');
const ports = { PORT: 3391, TEMPORAL_DEV_PORT: 17391, TEMPORAL_UI_PORT: 18391, EMBEDDED_DB_PORT: 54391, SMTP_SINK_PORT: 25391 };
const ciclo = new NpmStart(embeddedDefaultsEnv(dataDir, ports), `http://127.0.0.1:${ports.PORT}`);
const baseUrl = `${ciclo.baseUrl}/api`;

async function call(method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const login = async (email: string) => (await call('POST', '/auth/login', undefined, { email, password: 'ciclo-demo' })).body.token as string;

async function stageOf(institutionCode: string, token: string) {
  const list = await call('GET', '/stages', token);
  return list.body.find((s: { institutionCode: string }) => s.institutionCode === institutionCode);
}

/** What is left running of this data folder's stack: the pids of its processes. */
function leftovers(): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(dataDir)) found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

afterAll(async () => {
  await ciclo.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('when a variable is invalid, then start-up stops with a message naming it', async () => {
    const child = spawn('npm', ['start'], { env: { ...process.env, PORT: 'tres-mil', SMTP_URL: 'http://relay' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout!.on('data', (chunk) => (text += chunk));
    child.stderr!.on('data', (chunk) => (text += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).not.toBe(0);
    expect(text).toContain('Configuración inválida');
    expect(text).toMatch(/PORT: /);
    expect(text).toMatch(/SMTP_URL: debe ser una URL smtp/);
  });

  it('when started twice on the same data, then the cycle, the stage states and the workflows carry on', async () => {
    ciclo.start();
    const firstStart = await ciclo.waitHealthy(90_000);
    console.log(`[pruebas] npm start sano en ${(firstStart / 1000).toFixed(1)} s (primer arranque, binario de Temporal en caché)`);
    expect((await call('GET', '/health')).body).toEqual({ status: 'ok', temporal: 'ok', database: 'ok', smtp: 'ok' });

    const maga = await stageOf('MAGA', await login('planificador.maga@ciclo.test'));
    expect((await call('POST', `/stages/${maga.id}/submit`, await login('planificador.maga@ciclo.test'), {})).body.status).toBe('submitted');
    const approved = await call('POST', `/stages/${maga.id}/approve`, await login('autoridad.maga@ciclo.test'), { comment: 'Aprobado en e2e' });
    expect(approved).toMatchObject({ status: 200, body: { status: 'approved' } });
    const civ = await stageOf('CIV', await login('planificador.civ@ciclo.test'));
    await call('POST', `/stages/${civ.id}/submit`, await login('planificador.civ@ciclo.test'), {});

    expect(['0', 'SIGINT']).toContain(await ciclo.stop());
    expect(ciclo.output).toContain('[ciclo] Detenido.');
    expect(ciclo.output).not.toContain('Error al detener');
    // The embedded default runs the application as its own role, which cannot rewrite the audit trail.
    expect(ciclo.output).not.toContain('la aplicación usa el rol dueño de las tablas');
    const mails = readdirSync(join(dataDir, 'mail')).map((f) => readFileSync(join(dataDir, 'mail', f), 'utf8'));
    expect(mails.some((m) => m.includes('autoridad.maga@ciclo.test') && m.includes('Subject:'))).toBe(true);
    expect(mails.filter((m) => /aprobada/.test(m) && m.includes('planificador.maga@ciclo.test'))).toHaveLength(1);

    ciclo.start();
    const restart = await ciclo.waitHealthy(90_000);
    console.log(`[pruebas] npm start sano en ${(restart / 1000).toFixed(1)} s (reinicio con los mismos datos)`);
    const coordinator = await login('coordinador.minfin@ciclo.test');
    expect(await stageOf('MAGA', coordinator)).toMatchObject({ status: 'approved', lastComment: 'Aprobado en e2e' });
    expect(await stageOf('CIV', coordinator)).toMatchObject({ status: 'submitted' });
    const afterRestart = await call('POST', `/stages/${civ.id}/approve`, await login('autoridad.civ@ciclo.test'), {});
    expect(afterRestart).toMatchObject({ status: 200, body: { status: 'approved' } });

    const connection = await Connection.connect({ address: `127.0.0.1:${ports.TEMPORAL_DEV_PORT}` });
    try {
      const mspas = await stageOf('MSPAS', coordinator);
      const description = await new Client({ connection }).workflow.getHandle(mspas.workflowId).describe();
      expect(description.status.name).toBe('RUNNING');
    } finally {
      await connection.close();
    }
  }, 300_000);

  it('when a request hangs half-sent, then Ctrl-C still ends everything within a bounded time and says what it cut', async () => {
    if (!ciclo.running) ciclo.start();
    await ciclo.waitHealthy(90_000);
    ciclo.output = '';
    // A client that announced a body and never sends it: its request stays under way.
    const hanging = connect({ host: '127.0.0.1', port: ports.PORT });
    await new Promise((resolve) => hanging.once('connect', resolve));
    hanging.write('POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"email":');
    hanging.on('error', () => undefined);
    const started = Date.now();
    expect(['0', 'SIGINT']).toContain(await ciclo.stop());
    const seconds = (Date.now() - started) / 1000;
    console.log(`[pruebas] Ctrl-C con una petición colgada: detenido en ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(60);
    expect(ciclo.output).toContain('seguían abiertas tras 10 s: se cortan');
    expect(ciclo.output).toContain('[ciclo] Detenido.');
    expect(leftovers()).toEqual([]);
    hanging.destroy();
  }, 200_000);

  it('when npm start is killed -9, then the next start stops what it left (dev server, PostgreSQL) and everything carries on', async () => {
    ciclo.start();
    await ciclo.waitHealthy(90_000);
    await ciclo.kill9();
    // Temporal's dev server and PostgreSQL run in groups of their own: they outlive the kill.
    expect(leftovers().length).toBeGreaterThanOrEqual(2);
    ciclo.output = '';

    ciclo.start();
    await ciclo.waitHealthy(120_000);
    expect(ciclo.output).toContain('El servidor de desarrollo de Temporal quedó en marcha de una ejecución anterior');
    expect(ciclo.output).toContain('PostgreSQL embebido quedó en marcha de una ejecución anterior');
    const coordinator = await login('coordinador.minfin@ciclo.test');
    expect(await stageOf('MAGA', coordinator)).toMatchObject({ status: 'approved', lastComment: 'Aprobado en e2e' });
    expect(await stageOf('CIV', coordinator)).toMatchObject({ status: 'approved' });
  }, 300_000);

  it('when started without the demo, as in production, then the built-in calendars and the classifiers are there and no account is', async () => {
    const productionDir = freshDataDir('ciclo-e2e-sin-demo-');
    const productionPorts = { PORT: 3392, TEMPORAL_DEV_PORT: 17392, TEMPORAL_UI_PORT: 18392, EMBEDDED_DB_PORT: 54392, SMTP_SINK_PORT: 25392 };
    const production = new NpmStart(embeddedDefaultsEnv(productionDir, productionPorts, { SEED_DEMO: 'false' }), `http://127.0.0.1:${productionPorts.PORT}`);
    production.start();
    try {
      await production.waitHealthy(120_000);
    } finally {
      await production.stop();
    }
    try {
      const location = { dataDir: join(productionDir, 'postgres'), port: productionPorts.EMBEDDED_DB_PORT };
      const stored = await withEmbeddedPostgres(location, async (url) => ({
        templates: (await queryAt<{ code: string }>(url, 'SELECT code FROM "CalendarTemplate" ORDER BY code')).map((t) => t.code),
        renglones: (await queryAt<{ n: number }>(url, `SELECT count(*)::int AS n FROM "ClassifierEntry" WHERE catalogue = 'objetoGasto' AND length(code) = 3`))[0]!.n,
        users: (await queryAt<{ n: number }>(url, 'SELECT count(*)::int AS n FROM "User"'))[0]!.n,
      }));
      expect(stored).toEqual({ templates: ['GT-ANUAL', 'GT-ANUAL-ELECTORAL', 'GT-MUNICIPAL', 'GT-SEGUIMIENTO', 'GT-TRANSPARENCIA', 'PE-ANUAL', 'PE-CUENTA-GENERAL'], renglones: expect.any(Number), users: 0 });
      expect(stored.renglones).toBeGreaterThan(150);
    } finally {
      rmSync(productionDir, { recursive: true, force: true });
    }
  }, 240_000);
});
