// Finds the Temporal CLI (for its dev server): TEMPORAL_CLI, then PATH, then the cache; builds it
// once into the cache from the Go module proxy when Go is present (a few minutes, first time only).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

export const temporalCliModule = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';
export const cacheBinDir = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'ciclo', 'bin');

export class MissingToolError extends Error {}

export function findTemporalCli(explicit?: string): string | undefined {
  if (explicit) {
    if (!existsSync(explicit)) throw new MissingToolError(`TEMPORAL_CLI apunta a ${explicit}, que no existe`);
    return explicit;
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'temporal'))) return join(dir, 'temporal');
  }
  const cached = join(cacheBinDir, 'temporal');
  return existsSync(cached) ? cached : undefined;
}

/** Returns the CLI's path, building it into the cache when it is nowhere to be found. */
export function ensureTemporalCli(explicit: string | undefined, log: (line: string) => void): string {
  const found = findTemporalCli(explicit);
  if (found) return found;
  if (spawnSync('go', ['version']).status !== 0) {
    throw new MissingToolError(
      'No se encontró el Temporal CLI. Instale Go y ejecute de nuevo (se compila una sola vez), o ' +
        `compílelo: GOBIN=${cacheBinDir} go install ${temporalCliModule}, o indique su ruta en TEMPORAL_CLI, ` +
        'o use un servidor existente con TEMPORAL_ADDRESS.',
    );
  }
  mkdirSync(cacheBinDir, { recursive: true });
  log(`Compilando el Temporal CLI en ${cacheBinDir} (solo la primera vez, unos minutos)...`);
  execFileSync('go', ['install', temporalCliModule], { env: { ...process.env, GOBIN: cacheBinDir }, stdio: 'inherit' });
  return join(cacheBinDir, 'temporal');
}
