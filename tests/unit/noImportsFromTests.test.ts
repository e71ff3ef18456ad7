// Code outside tests/ never imports from it: the harness that scripts and benches share with the
// tests lives in support/, so tests/ can be reorganised (or left out of a build) freely.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scanned = ['src', 'scripts', 'bench', 'support', 'prisma'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** The relative specifiers of a file's imports, exports, dynamic imports and requires that land in tests/. */
function importsIntoTests(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]*)['"]/g)].map((m) => m[1]!);
  return specifiers.filter((spec) => {
    const target = relative(root, resolve(dirname(file), spec));
    return target === 'tests' || target.startsWith(`tests/`);
  });
}

describe('imports from tests/', () => {
  it('when a file outside tests/ imports from it, the scan reports it', () => {
    const file = join(root, 'bench', 'x.bench.ts');
    const text = "import { pause } from '../tests/support/processes';\nconst m = await import('../tests/x');\nimport { a } from '../support/processes';\n";
    expect(importsIntoTests(file, text)).toEqual(['../tests/support/processes', '../tests/x']);
  });

  it('no file under src/, scripts/, bench/, support/ or prisma/ imports from tests/', () => {
    const files = scanned.flatMap((dir) => sourceFiles(join(root, dir)));
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((file) => importsIntoTests(file, readFileSync(file, 'utf8')).map((spec) => `${relative(root, file)}: ${spec}`));
    expect(offenders).toEqual([]);
  });
});
