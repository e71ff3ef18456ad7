// Applies Prisma migrations with the offline CLI wrapper (scripts/prisma.mjs).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export async function applyMigrations(databaseUrl: string): Promise<void> {
  await run(process.execPath, ['scripts/prisma.mjs', 'migrate', 'deploy'], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}
