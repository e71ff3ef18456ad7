// The Temporal dev server picks some of its ports at random as it starts; on a busy machine one
// can be taken meanwhile and the server exits at once (CI once lost a whole run to it). A start
// that exits is retried; one that keeps exiting fails with a message saying so.
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startTemporalDevServer } from '../../src/infra/temporalDevServer';
import { freePorts } from '../../support/processes';

const work = mkdtempSync(join(tmpdir(), 'ciclo-temporal-arranque-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A CLI that exits as a taken port makes the real one exit, `failures` times, then is the real one. */
function cliFailingFirst(failures: number): string {
  const counter = join(work, `intentos-${failures}`);
  const script = join(work, `temporal-${failures}.sh`);
  writeFileSync(
    script,
    `#!/bin/sh
n=$(cat '${counter}' 2>/dev/null || echo 0)
echo $((n + 1)) > '${counter}'
if [ "$n" -lt ${failures} ]; then echo "can't set frontend HTTP port: bind: address already in use" >&2; exit 1; fi
exec '${inject('temporalCli')}' "$@"
`,
  );
  chmodSync(script, 0o755);
  return script;
}

async function twoPorts(): Promise<{ port: number; uiPort: number }> {
  const [port, uiPort] = (await freePorts(2)) as [number, number];
  return { port, uiPort };
}

describe('Temporal dev server start', () => {
  it('when the server exits as it starts, then it is started again and answers', async () => {
    const lines: string[] = [];
    const dbFile = join(work, 'reintento.db');
    const server = await startTemporalDevServer({ cli: cliFailingFirst(2), dbFile, ...(await twoPorts()), log: (line) => lines.push(line) });
    try {
      const connection = await Connection.connect({ address: server.address });
      const info = await connection.workflowService.getSystemInfo({});
      await connection.close();
      expect(info.serverVersion).toBeTruthy();
      expect(lines.filter((line) => line.includes('nuevo intento'))).toHaveLength(2);
    } finally {
      await server.stop();
    }
    expect(existsSync(`${dbFile}.pid`)).toBe(false);
  });

  it('when the server keeps exiting, then the start fails after three attempts saying so', async () => {
    const lines: string[] = [];
    const start = startTemporalDevServer({ cli: cliFailingFirst(99), dbFile: join(work, 'falla.db'), ...(await twoPorts()), log: (line) => lines.push(line) });
    await expect(start).rejects.toThrow(/terminó al arrancar \(1;/);
    expect(lines.filter((line) => line.includes('nuevo intento'))).toHaveLength(2);
  });
});
