import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { developmentAuditKey, developmentMailLinkSecret, loadConfig } from '../../src/config/env';
import { auditKey, mailLinkKeys } from '../../src/config/localSecret';

const dataDir = mkdtempSync(join(tmpdir(), 'ciclo-clave-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the mail-link key of a run given none', () => {
  it('when npm start has no MAIL_LINK_SECRET, then it signs with a random key of its data folder, the same at every start, never the public one', () => {
    const first = mailLinkKeys(loadConfig({}), dataDir);
    expect(first.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(first.secret).not.toBe(developmentMailLinkSecret);
    expect(mailLinkKeys(loadConfig({}), dataDir).secret).toBe(first.secret);
    expect(statSync(join(dataDir, 'secrets', 'mail-link-secret')).mode & 0o077).toBe(0);
    expect(mailLinkKeys(loadConfig({}), mkdtempSync(join(tmpdir(), 'ciclo-otra-'))).secret).not.toBe(first.secret);
  });

  it('when MAIL_LINK_SECRET is given, then that key signs, whatever the data folder holds', () => {
    const secret = 'k'.repeat(40);
    expect(mailLinkKeys(loadConfig({ MAIL_LINK_SECRET: secret }), dataDir)).toEqual({ secret, ttlHours: 168 });
  });
});

describe('the audit key of a run given none', () => {
  it('when npm start has no AUDIT_KEY, then the chain is signed with a random key of its data folder, apart from the mail-link key; AUDIT_KEY wins', () => {
    const key = auditKey(loadConfig({}), dataDir);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toBe(developmentAuditKey);
    expect(key).not.toBe(mailLinkKeys(loadConfig({}), dataDir).secret);
    expect(auditKey(loadConfig({}), dataDir)).toBe(key);
    expect(statSync(join(dataDir, 'secrets', 'audit-key')).mode & 0o077).toBe(0);
    expect(auditKey(loadConfig({ AUDIT_KEY: 'a'.repeat(40) }), dataDir)).toBe('a'.repeat(40));
  });
});
