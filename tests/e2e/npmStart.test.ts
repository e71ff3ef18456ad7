// The real `npm start` stack on embedded defaults (Temporal dev server, PGlite, SMTP sink):
// healthy, an approval goes through, and after Ctrl-C and a restart everything carries on.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Client, Connection } from '@temporalio/client';

const dataDir = mkdtempSync(join(tmpdir(), 'ciclo-e2e-'));
const ports = { PORT: 3391, TEMPORAL_DEV_PORT: 17391, TEMPORAL_UI_PORT: 18391, EMBEDDED_DB_PORT: 54391, SMTP_SINK_PORT: 25391 };
const baseUrl = `http://127.0.0.1:${ports.PORT}/api`;
let running: ChildProcess | undefined;
let output = '';

function startCiclo(): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) };
  for (const name of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'SMTP_URL']) delete env[name];
  // Its own process group, so a signal reaches npm and everything under it, as Ctrl-C does.
  const child = spawn('npm', ['start'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  running = child;
  return child;
}

/** Ctrl-C: npm may end by the signal itself; what counts is that Ciclo stopped in order. */
async function stopCiclo(child: ChildProcess): Promise<string> {
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? String(code))));
  process.kill(-child.pid!, 'SIGINT');
  const code = await exited;
  running = undefined;
  return code;
}

async function waitHealthy(timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const answer = await fetch(`${baseUrl}/health`);
      if (answer.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`npm start no quedó sano en ${timeoutMs} ms. Salida:\n${output}`);
}

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

afterAll(async () => {
  if (running) await stopCiclo(running);
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
    const first = startCiclo();
    const firstStart = await waitHealthy(90_000);
    console.log(`[pruebas] npm start sano en ${(firstStart / 1000).toFixed(1)} s (primer arranque, binario de Temporal en caché)`);
    expect((await call('GET', '/health')).body).toEqual({ status: 'ok', temporal: 'ok', database: 'ok', smtp: 'ok' });

    const maga = await stageOf('MAGA', await login('planificador.maga@ciclo.test'));
    expect((await call('POST', `/stages/${maga.id}/submit`, await login('planificador.maga@ciclo.test'), {})).body.status).toBe('submitted');
    const approved = await call('POST', `/stages/${maga.id}/approve`, await login('autoridad.maga@ciclo.test'), { comment: 'Aprobado en e2e' });
    expect(approved).toMatchObject({ status: 200, body: { status: 'approved' } });
    const civ = await stageOf('CIV', await login('planificador.civ@ciclo.test'));
    await call('POST', `/stages/${civ.id}/submit`, await login('planificador.civ@ciclo.test'), {});

    expect(['0', 'SIGINT']).toContain(await stopCiclo(first));
    expect(output).toContain('[ciclo] Detenido.');
    expect(output).not.toContain('Error al detener');
    const mails = readdirSync(join(dataDir, 'mail')).map((f) => readFileSync(join(dataDir, 'mail', f), 'utf8'));
    expect(mails.some((m) => m.includes('autoridad.maga@ciclo.test') && m.includes('Subject:'))).toBe(true);
    expect(mails.filter((m) => /aprobada/.test(m) && m.includes('planificador.maga@ciclo.test'))).toHaveLength(1);

    startCiclo();
    const restart = await waitHealthy(90_000);
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
});
