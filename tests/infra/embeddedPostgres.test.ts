// The embedded PostgreSQL server of the default run: initialised once, resumed with its data, on
// loopback only, and started again with no step by hand after a kill -9 left it (or its pid file)
// behind; a port taken by another program gets a clear message.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedPostgresRunning, startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/infra/embeddedPostgres';
import { isAlive } from '../../src/infra/leftoverProcesses';
import { queryAt } from '../../support/postgres';
import { freePort, projectRoot, waitForExit } from '../../support/processes';

const work = mkdtempSync(join(tmpdir(), 'ciclo-pg-embebido-'));
// As root the server runs as the postgres account, which must reach the folder.
chmodSync(work, 0o755);
const dataDir = join(work, 'postgres');
const running: EmbeddedPostgres[] = [];

afterAll(async () => {
  for (const server of running) await server.stop();
  rmSync(work, { recursive: true, force: true });
});

async function start(port: number): Promise<EmbeddedPostgres> {
  const server = await startEmbeddedPostgres({ dataDir, port });
  running.push(server);
  return server;
}

async function stop(server: EmbeddedPostgres): Promise<void> {
  await server.stop();
  running.splice(running.indexOf(server), 1);
}

describe('embedded PostgreSQL', () => {
  it('when started the first time and again, then it is a real PostgreSQL 15 on loopback that keeps its data', async () => {
    const port = await freePort();
    const first = await start(port);
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    const [settings] = await queryAt<{ version: string; listen: string; sockets: string }>(
      first.url,
      `SELECT version(), current_setting('listen_addresses') AS listen, current_setting('unix_socket_directories') AS sockets`,
    );
    expect(settings).toMatchObject({ version: expect.stringMatching(/^PostgreSQL 15\./), listen: '127.0.0.1', sockets: '' });
    await queryAt(first.url, `CREATE TABLE kept (note text); INSERT INTO kept VALUES ('antes del reinicio')`);
    // Several connections at once, each getting its own answer: what PGlite could not do.
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => queryAt<{ n: number }>(first.url, `SELECT ${i} AS n, pg_sleep(0.05)`)));
    expect(answers.map(([row]) => row!.n)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    await stop(first);
    expect(embeddedPostgresRunning(dataDir)).toBe(false);

    const again = await start(port);
    expect(await queryAt(again.url, 'SELECT note FROM kept')).toEqual([{ note: 'antes del reinicio' }]);
    expect(again.url).toBe(first.url);
    await stop(again);
  });

  it('when the process that started it was killed -9, then the next start stops the server it left and resumes', async () => {
    const port = await freePort();
    // A Node process starts the server and is killed -9, as `npm start` would be.
    const script = `import { startEmbeddedPostgres } from './src/infra/embeddedPostgres.ts';
      const server = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port} });
      console.log('listo ' + server.pid);
      setInterval(() => undefined, 1000);`;
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    const orphanPid = await new Promise<number>((resolve) => parent.stdout!.on('data', (chunk: Buffer) => {
      const ready = /listo (\d+)/.exec(chunk.toString());
      if (ready) resolve(Number(ready[1]));
    }));
    parent.kill('SIGKILL');
    await waitForExit(parent.pid!);
    expect(isAlive(orphanPid)).toBe(true);
    expect(embeddedPostgresRunning(dataDir)).toBe(true);

    const resumed = await start(port);
    expect(isAlive(orphanPid)).toBe(false);
    expect(resumed.pid).not.toBe(orphanPid);
    expect(await queryAt(resumed.url, 'SELECT note FROM kept')).toEqual([{ note: 'antes del reinicio' }]);
    await stop(resumed);
  });

  it('when the server itself was killed -9 and its pid file names a live process of someone else, then it starts and recovers', async () => {
    const port = await freePort();
    const server = await start(port);
    process.kill(server.pid, 'SIGKILL');
    await waitForExit(server.pid);
    running.splice(running.indexOf(server), 1);
    // The stale pid file now names a live process that is not PostgreSQL (a reused pid).
    const pidFile = join(dataDir, 'postmaster.pid');
    const lines = readFileSync(pidFile, 'utf8').split('\n');
    writeFileSync(pidFile, [String(process.pid), ...lines.slice(1)].join('\n'));

    const recovered = await start(port);
    expect(isAlive(process.pid)).toBe(true);
    expect(await queryAt(recovered.url, 'SELECT note FROM kept')).toEqual([{ note: 'antes del reinicio' }]);
    await stop(recovered);
  });

  it('when another program holds the port, then start-up says which port and which variable', async () => {
    const port = await freePort();
    const squatter = createServer().listen(port, '127.0.0.1');
    await new Promise((resolve) => squatter.once('listening', resolve));
    try {
      await expect(startEmbeddedPostgres({ dataDir, port })).rejects.toThrow(`El puerto ${port} de la base embebida está ocupado por otro programa: deténgalo o elija otro puerto con EMBEDDED_DB_PORT`);
    } finally {
      squatter.close();
    }
  });
});
