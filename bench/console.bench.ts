// The console: its initial JavaScript (entry script and modulepreloads of index.html, gzip -9) and
// the time until a coordinator's home page draws the progress matrix in headless Chromium, against
// loading a blank page from the same server. Run: npm run bench -- console
// Builds the console into a temporary folder (admin/dist, which running tests serve, is left alone);
// BENCH_CONSOLE_INSTITUTIONS sets the size of the cycle drawn.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser, signIn } from '../support/browser';
import { againstBare, benchCommand, percentile, round, type BenchResult, type Figure } from './harness';
import { startBenchApp } from './support/benchApp';
import { seedDemo } from '../prisma/seed';
import { benchCoordinatorEmail, seedProgressCycle } from '../support/progressCycle';
import { createScratchDatabase } from './support/scratchDatabase';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const institutionCount = Number(process.env.BENCH_CONSOLE_INSTITUTIONS ?? 1000);
const smallCycle = 10;
const loads = 7;
const initialJsTargetKb = 500;
/** Issue 20's goals for the coordinator's morning: the large matrix in 1.5 s, at most twice the small one's time. */
const largeMatrixTargetMs = 1500;
const largeToSmallTarget = 2;

/** The scripts a first visit runs before anything else: the entry module and its modulepreloads. */
function initialScripts(indexHtml: string): string[] {
  const entry = [...indexHtml.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...indexHtml.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set([...entry, ...preloads])];
}

async function buildConsole(outDir: string): Promise<void> {
  await promisify(execFile)(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'admin/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: projectRoot,
    maxBuffer: 16 * 1024 * 1024,
  });
}

function initialJavaScript(outDir: string): { figure: Figure; files: number; rawKb: number } {
  const scripts = initialScripts(readFileSync(join(outDir, 'index.html'), 'utf8'));
  if (!scripts.length) throw new Error('index.html no carga ningún script');
  const bytes = scripts.map((src) => readFileSync(join(outDir, src.replace(/^\//, ''))));
  const gzipKb = bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0) / 1024;
  return {
    figure: { label: 'JavaScript inicial (entrada + modulepreload), gzip -9', value: round(gzipKb, 1), unit: 'KB', target: `≤ ${initialJsTargetKb} KB`, met: gzipKb <= initialJsTargetKb },
    files: scripts.length,
    rawKb: round(bytes.reduce((sum, b) => sum + b.length, 0) / 1024, 1),
  };
}

/** Run in the page before its own scripts: notes the epoch milliseconds at which each row header first appears. */
const rowHeaderClock = `
  const seen = {};
  window.rowHeadersSeen = seen;
  new MutationObserver(() => {
    for (const th of document.querySelectorAll('th[scope=row]')) seen[th.textContent] ??= Date.now();
  }).observe(document, { subtree: true, childList: true });
`;

/**
 * Milliseconds of each of `loads` page loads (after one unmeasured), each from about:blank: until
 * `load` ends, or until the epoch milliseconds it returns (when the page noted the moment itself).
 */
async function timeLoads(load: () => Promise<number | void>, reset: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i <= loads; i++) {
    await reset();
    const start = Date.now();
    const end = (await load()) ?? Date.now();
    if (i > 0) samples.push(end - start);
  }
  return samples;
}

export async function run(): Promise<BenchResult> {
  const outDir = mkdtempSync(join(tmpdir(), 'ciclo-bench-console-'));
  try {
    await buildConsole(outDir);
    const js = initialJavaScript(outDir);
    writeFileSync(join(outDir, 'blank.html'), '<!doctype html><html lang="es"><title>vacía</title></html>');

    const scratch = await createScratchDatabase('console');
    try {
      // A small cycle (the fixed cost: scripts, API, first paint) and a large one, each drawn in turn:
      // the home page shows the latest running cycle, so the small one is closed after its turn.
      await seedDemo(scratch.db, 2028);
      const small = await seedProgressCycle(scratch.db, smallCycle, { fiscalYear: 2031, codePrefix: 'PEQ' });
      const large = await seedProgressCycle(scratch.db, institutionCount, { fiscalYear: 2030, codePrefix: 'INST' });
      const app = await startBenchApp(scratch.db, { consoleDir: outDir });
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage({ locale: 'es-GT', viewport: { width: 1680, height: 1000 } });
        await signIn(page, app.baseUrl, benchCoordinatorEmail);
        const reset = () => page.goto('about:blank');
        // Playwright's waits poll at growing intervals (up to half a second late): the page itself
        // notes when each row header first enters the document, on the same clock as this process.
        // Given as text: a function would be sent as tsx compiled it, with helpers the page lacks
        // (the note then never ran, and every load was timed by Playwright's wait).
        await page.addInitScript({ content: rowHeaderClock });
        const timeMatrix = (firstCode: string) =>
          timeLoads(async () => {
            await page.goto(`${app.baseUrl}/#/`);
            await page.getByRole('table', { name: 'Avance por institución y etapa' }).getByRole('rowheader', { name: firstCode, exact: true }).waitFor({ timeout: 120_000 });
            const seenAt = await page.evaluate((code) => (window as unknown as { rowHeadersSeen?: Record<string, number> }).rowHeadersSeen?.[code], firstCode);
            if (seenAt === undefined) throw new Error(`La página no anotó cuándo apareció la fila ${firstCode}`);
            return seenAt;
          }, reset);
        const smallMs = await timeMatrix('PEQ0001');
        await scratch.db.cycle.update({ where: { id: small.cycleId }, data: { status: 'completed' } });
        const largeMs = await timeMatrix('INST0001');
        const blankMs = await timeLoads(async () => {
          await page.goto(`${app.baseUrl}/blank.html`);
        }, reset);
        const bare = { label: 'página en blanco del mismo servidor', value: percentile(blankMs, 50) };
        const matrixFigure = (ms: number[], institutions: number, goal?: { target: string; met: boolean }) =>
          againstBare(`inicio del coordinador hasta la matriz dibujada, mediana (${institutions} instituciones)`, percentile(ms, 50), 'ms', bare, goal);
        const [smallMedian, largeMedian] = [percentile(smallMs, 50), percentile(largeMs, 50)];
        return {
          name: 'console',
          command: benchCommand('console'),
          figures: [
            js.figure,
            matrixFigure(smallMs, small.institutions),
            matrixFigure(largeMs, large.institutions, { target: `≤ ${largeMatrixTargetMs} ms`, met: largeMedian <= largeMatrixTargetMs }),
            {
              label: `matriz de ${large.institutions} instituciones / matriz de ${small.institutions}, medianas`,
              value: round(largeMedian / smallMedian, 2),
              unit: '×',
              target: `≤ ${largeToSmallTarget}×`,
              met: largeMedian <= largeToSmallTarget * smallMedian,
            },
          ],
          context: {
            initialScripts: js.files,
            initialRawKb: js.rawKb,
            build: 'vite build de admin/ en una carpeta temporal',
            matrix: `Chromium sin cabeza, sesión de coordinador iniciada; de page.goto(/#/) desde about:blank hasta que la primera fila de institución de la matriz entra en el documento (anotado por la página con un MutationObserver, script dado como texto; la espera de Playwright, que sondea a intervalos crecientes, solo confirma; hasta el 2026-12-05 la anotación no corría y se medía la espera de Playwright, unos 400 ms más); ${loads} cargas tras 1 sin medir (caché del navegador caliente)`,
            matrixMsMax: { [small.institutions]: round(Math.max(...smallMs), 0), [large.institutions]: round(Math.max(...largeMs), 0) },
            cycles: `${small.institutions} y ${large.institutions} instituciones x ${large.template.stages.length} etapas de la plantilla GT, todas abiertas`,
          },
        };
      } finally {
        await browser.close();
        await app.close();
      }
    } finally {
      await scratch.drop();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
