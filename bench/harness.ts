// What every bench module returns to bench/run.ts, and the small helpers they share. Each figure
// is measured against the bare tool doing the same work in the same run: these machines are noisy,
// so only ratios (and absolute targets read with care) compare across runs.

/** One measured figure; `bare` is the bare tool's value in the same unit, `ratio` value/bare. */
export interface Figure {
  label: string;
  value: number;
  unit: string;
  bare?: { label: string; value: number };
  ratio?: number;
  /** The target as the issue states it, e.g. "≤ 50 ms y ≤ 3× SQL". */
  target?: string;
  met?: boolean;
}

export interface BenchResult {
  name: string;
  figures: Figure[];
  /** The command that produced the figures. */
  command: string;
  /** What was measured: sizes, counts, anything a reader needs to judge the figures. */
  context?: Record<string, unknown>;
}

/** A bench module (bench/<name>.bench.ts) exports `run`. */
export interface Bench {
  run(): Promise<BenchResult>;
}

export const benchCommand = (name: string) => `npm run bench -- ${name}`;

export const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Milliseconds since `start` (from process.hrtime.bigint()). */
export const msSince = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** Nearest-rank percentile (p in 0..100) of a list of samples. */
export function percentile(samples: number[], p: number): number {
  if (!samples.length) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Runs `once` `warmUp` times unmeasured, then `count` times, and returns each run's milliseconds. */
export async function timeRepeated(count: number, warmUp: number, once: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warmUp; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    await once();
    samples.push(msSince(start));
  }
  return samples;
}

/** A figure compared with the bare tool's value; the ratio is rounded to two decimals. */
export function againstBare(label: string, value: number, unit: string, bare: { label: string; value: number }, extra: Pick<Figure, 'target' | 'met'> = {}): Figure {
  return { label, value: round(value, 2), unit, bare: { label: bare.label, value: round(bare.value, 2) }, ratio: round(value / bare.value, 2), ...extra };
}
