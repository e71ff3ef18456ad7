// Validates a data package on disk with the frictionless validator (PyPI), the reference
// implementation of the Data Package and Table Schema specifications: descriptor and every row.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { z } from 'zod';
import { ensurePythonTool } from './pythonTool';

export const frictionlessTool = { package: 'frictionless', version: '5.21.0' };

const reportError = z.object({ type: z.string(), message: z.string() });
const report = z.object({
  valid: z.boolean(),
  errors: z.array(reportError),
  tasks: z.array(z.object({ name: z.string().optional(), valid: z.boolean(), errors: z.array(reportError) })),
});

export interface PackageValidation {
  valid: boolean;
  /** Every error, as "<resource>: <type>: <message>". */
  errors: string[];
  /** The resources the validator read. */
  resources: string[];
}

/** `frictionless validate --json datapackage.json` in dir; it exits 1 on an invalid package, which is an answer, not a failure. */
export async function validateDataPackage(dir: string, descriptor = 'datapackage.json'): Promise<PackageValidation> {
  const cli = ensurePythonTool(frictionlessTool);
  const stdout = await promisify(execFile)(cli, ['validate', '--json', descriptor], { cwd: dir, maxBuffer: 64 * 1024 * 1024 }).then(
    (done) => done.stdout,
    (failed: { stdout?: string; stderr?: string }) => {
      if (!failed.stdout) throw new Error(`frictionless no produjo un informe: ${failed.stderr ?? failed}`);
      return failed.stdout;
    },
  );
  const parsed = report.parse(JSON.parse(stdout));
  return {
    valid: parsed.valid,
    errors: [...parsed.errors.map((e) => `paquete: ${e.type}: ${e.message}`), ...parsed.tasks.flatMap((t) => t.errors.map((e) => `${t.name ?? '?'}: ${e.type}: ${e.message}`))],
    resources: parsed.tasks.map((t) => t.name ?? '?'),
  };
}
