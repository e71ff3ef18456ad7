// npm run bench [-- name ...]: runs the benches named (default: every bench/<name>.bench.ts), merges
// their figures into docs/benchmarks.json (benches not run keep their last entry and its date) and
// rewrites the table in docs/benchmarks.md, after each bench. Never part of npm test: timings are no assertions.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Bench, BenchResult, Figure } from './harness';

interface Entry extends BenchResult {
  at: string;
  node: string;
}

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const docsDir = fileURLToPath(new URL('../docs/', import.meta.url));
const jsonFile = `${docsDir}benchmarks.json`;
const markdownFile = `${docsDir}benchmarks.md`;

const available = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .sort();

function readEntries(): Record<string, Entry> {
  try {
    return (JSON.parse(readFileSync(jsonFile, 'utf8')) as { benches: Record<string, Entry> }).benches;
  } catch {
    return {};
  }
}

const cellText = (text: string) => text.replaceAll('|', '\\|');

function valueText(value: number | undefined, unit: string): string {
  return value === undefined ? '' : `${value.toLocaleString('en-US', { maximumFractionDigits: 3 })} ${unit}`;
}

function figureRow(entry: Entry, figure: Figure): string {
  const met = figure.met === undefined ? '' : figure.met ? 'sí' : '**no**';
  return `| ${[
    entry.name,
    figure.label,
    valueText(figure.value, figure.unit),
    figure.bare ? `${valueText(figure.bare.value, figure.unit)} (${figure.bare.label})` : '',
    figure.ratio === undefined ? '' : `${figure.ratio}×`,
    figure.target ?? '',
    met,
    `\`${entry.command}\``,
    entry.at.slice(0, 10),
  ]
    .map(cellText)
    .join(' | ')} |`;
}

function markdown(entries: Entry[]): string {
  const contexts = entries.map((e) => `- **${e.name}** (${e.at}, Node ${e.node}): ${Object.entries(e.context ?? {}).map(([k, v]) => `${k} ${typeof v === 'string' ? v : JSON.stringify(v)}`).join('; ')}`);
  return [
    '# Benchmarks',
    '',
    'Escrito por `npm run bench` (bench/run.ts); no lo edite a mano. Cada cifra se compara con la herramienta',
    'desnuda que hace el mismo trabajo en la misma corrida (columna «herramienta desnuda» y razón = valor / herramienta).',
    'Las máquinas son ruidosas: compare razones, no milisegundos entre corridas. Datos completos: `docs/benchmarks.json`.',
    '',
    '| bench | cifra | valor | herramienta desnuda | razón | meta | ¿cumple? | comando | fecha |',
    '|---|---|---|---|---|---|---|---|---|',
    ...entries.flatMap((e) => e.figures.map((f) => figureRow(e, f))),
    '',
    '## Qué se midió',
    '',
    ...contexts,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const requested = process.argv.slice(2).filter((a) => a !== '--');
  const unknown = requested.filter((n) => !available.includes(n));
  if (unknown.length) throw new Error(`Benchmarks desconocidos: ${unknown.join(', ')}. Disponibles: ${available.join(', ')}`);
  const names = requested.length ? requested : available;
  const entries = readEntries();
  let failed = 0;
  // A bench that failed can leave calls behind whose retry timers throw once its stack is gone
  // ("Channel has been shut down"): they are reported, and the benches after it still run.
  process.on('uncaughtException', (error) => {
    failed++;
    console.error('[bench] error fuera de un bench (restos de uno que falló):', error);
  });
  const save = () => {
    const sorted = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b)));
    mkdirSync(docsDir, { recursive: true });
    writeFileSync(jsonFile, `${JSON.stringify({ benches: sorted }, null, 2)}\n`);
    writeFileSync(markdownFile, markdown(Object.values(sorted)));
  };
  for (const name of names) {
    console.log(`[bench] ${name}...`);
    try {
      const bench = (await import(`./${name}.bench.ts`)) as Bench;
      const result = await bench.run();
      entries[name] = { ...result, at: new Date().toISOString(), node: process.version };
      for (const f of result.figures) console.log(`[bench] ${name}: ${f.label} = ${valueText(f.value, f.unit)}${f.ratio === undefined ? '' : ` (${f.ratio}× ${f.bare?.label})`}${f.met === undefined ? '' : f.met ? ' ✓' : ' ✗ meta ' + f.target}`);
    } catch (error) {
      failed++;
      console.error(`[bench] ${name} falló; su entrada anterior se conserva:`, error);
    }
    // After each bench: what was measured is kept even if a later one ends the process.
    save();
  }
  console.log(`[bench] escrito ${jsonFile} y ${markdownFile}`);
  if (failed) process.exitCode = 1;
}

await main();
