// The mail-link key of a run that was given none (the local demo of `npm start`): a random key
// made once and kept in its data folder, readable by its owner only. The public development key
// never signs a link that leaves the process.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config, MailLinkKeys } from './env';

export function mailLinkKeys(config: Pick<Config, 'MAIL_LINK_SECRET' | 'mailLinks'>, dataDir: string): MailLinkKeys {
  if (config.MAIL_LINK_SECRET) return config.mailLinks;
  const dir = join(dataDir, 'secrets');
  const file = join(dir, 'mail-link-secret');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // 'wx': two starts racing cannot both write; the loser reads the winner's key.
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return { ...config.mailLinks, secret: readFileSync(file, 'utf8').trim() };
}
