// Python command-line tools from PyPI (schemathesis for the API fuzzing, frictionless for the open
// data's validation), each in a venv of its own under ~/.cache/ciclo at a pinned version: created
// and installed the first time, then only checked.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cacheBinDir } from '../src/infra/temporalCli';

export interface PythonTool {
  /** The PyPI package, e.g. frictionless. */
  package: string;
  version: string;
  /** The command the package installs, when it is not named as the package. */
  command?: string;
}

/** The tool's venv: ~/.cache/ciclo/<package>-venv. */
export const pythonToolVenv = (tool: PythonTool) => join(cacheBinDir, '..', `${tool.package}-venv`);

/** The version of the package installed in the venv, or null if none is. */
function installedVersion(venv: string, name: string): string | null {
  const python = join(venv, 'bin', 'python');
  if (!existsSync(python)) return null;
  try {
    return execFileSync(python, ['-c', 'import sys, importlib.metadata as m; print(m.version(sys.argv[1]))', name], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
}

/** The path of the tool's command, its venv created and the pinned version installed from PyPI when missing. */
export function ensurePythonTool(tool: PythonTool, log: (line: string) => void = console.log): string {
  const venv = pythonToolVenv(tool);
  const cli = join(venv, 'bin', tool.command ?? tool.package);
  if (installedVersion(venv, tool.package) !== tool.version || !existsSync(cli)) {
    log(`Instalando ${tool.package} ${tool.version} desde PyPI en ${venv} (solo la primera vez)...`);
    if (!existsSync(join(venv, 'bin', 'pip'))) execFileSync(process.env.PYTHON ?? 'python3', ['-m', 'venv', venv], { stdio: 'inherit' });
    execFileSync(join(venv, 'bin', 'pip'), ['install', '--quiet', `${tool.package}==${tool.version}`], { stdio: 'inherit' });
  }
  return cli;
}
