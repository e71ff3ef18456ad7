// The keys of a run that was given none (the local demo of `npm start`, and the scripts on its
// data): random keys made once and kept in its data folder, readable by its owner only. The public
// development keys never sign a link or an audit row that leaves the process.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config, MailLinkKeys } from './env';

export function mailLinkKeys(config: Pick<Config, 'MAIL_LINK_SECRET' | 'mailLinks'>, dataDir: string): MailLinkKeys {
  if (config.MAIL_LINK_SECRET) return config.mailLinks;
  return { ...config.mailLinks, secret: localSecret(dataDir, 'mail-link-secret') };
}

/** The audit chain's key: AUDIT_KEY, else the data folder's own. */
export function auditKey(config: Pick<Config, 'AUDIT_KEY'>, dataDir: string): string {
  return config.AUDIT_KEY ?? localSecret(dataDir, 'audit-key');
}

function localSecret(dataDir: string, name: string): string {
  const dir = join(dataDir, 'secrets');
  const file = join(dir, name);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // 'wx': two starts racing cannot both write; the loser reads the winner's key.
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return readFileSync(file, 'utf8').trim();
}
