import { describe, expect, it } from 'vitest';
import { ConfigError, developmentAuditKey, loadConfig } from '../../src/config/env';

describe('loadConfig', () => {
  it('when nothing is set, then the embedded defaults apply', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, TEMPORAL_NAMESPACE: 'default', publicUrl: 'http://localhost:3000' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SMTP_URL).toBeUndefined();
  });

  it('when a value is bad, then the error names each bad variable', () => {
    const attempt = () => loadConfig({ PORT: 'tres mil', DATABASE_URL: 'mysql://x', SMTP_URL: 'http://relay' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT/);
    expect(attempt).toThrow(/DATABASE_URL/);
    expect(attempt).toThrow(/SMTP_URL/);
  });

  it('when the worker cache is not set, then 250 workflows are kept in memory; a bad size names the variable', () => {
    expect(loadConfig({}).WORKER_MAX_CACHED_WORKFLOWS).toBe(250);
    expect(loadConfig({ WORKER_MAX_CACHED_WORKFLOWS: '1000' }).WORKER_MAX_CACHED_WORKFLOWS).toBe(1000);
    expect(() => loadConfig({ WORKER_MAX_CACHED_WORKFLOWS: 'muchos' })).toThrow(/WORKER_MAX_CACHED_WORKFLOWS/);
  });

  it('when a TLS certificate comes without its key, then start-up stops', () => {
    expect(() => loadConfig({ TEMPORAL_TLS_CERT_PATH: '/etc/c.pem' })).toThrow(/TEMPORAL_TLS_KEY_PATH/);
  });

  it('when external services are given, then they are kept', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql://u:p@db:5432/ciclo',
      TEMPORAL_ADDRESS: 'ns.tmprl.cloud:7233',
      TEMPORAL_API_KEY: 'key',
      SMTP_URL: 'smtps://user:pass@relay:465',
      PUBLIC_URL: 'https://ciclo.example.gt/',
    });
    expect(config).toMatchObject({ TEMPORAL_ADDRESS: 'ns.tmprl.cloud:7233', publicUrl: 'https://ciclo.example.gt' });
  });

  it('when nothing is set, then sign-in locks after 5 wrong passwords for 15 minutes, 20 attempts a minute per address, and no other origin', () => {
    expect(loadConfig({})).toMatchObject({ loginLimits: { maxFailures: 5, lockoutMinutes: 15, perIpPerMinute: 20 }, CORS_ORIGINS: [] });
  });

  it('when the sign-in limits and CORS origins are set, then they are kept, the origins without path or trailing slash', () => {
    const config = loadConfig({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCKOUT_MINUTES: '30', LOGIN_IP_MAX_PER_MINUTE: '60', CORS_ORIGINS: 'https://consola.minfin.gob.gt/, http://localhost:5173' });
    expect(config.loginLimits).toEqual({ maxFailures: 3, lockoutMinutes: 30, perIpPerMinute: 60 });
    expect(config.CORS_ORIGINS).toEqual(['https://consola.minfin.gob.gt', 'http://localhost:5173']);
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ LOGIN_MAX_FAILURES: '0' })).toThrow(/LOGIN_MAX_FAILURES/);
  });

  it('when NODE_ENV is production, then the demo accounts (public password) are not loaded, and asking for them stops start-up', () => {
    const secret = 'x'.repeat(32);
    expect(loadConfig({}).SEED_DEMO).toBe(true);
    const smtp = 'smtp://relay.minfin.gob.gt:587';
    expect(loadConfig({ NODE_ENV: 'production', MAIL_LINK_SECRET: secret, AUDIT_KEY: secret, SMTP_URL: smtp }).SEED_DEMO).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', MAIL_LINK_SECRET: secret, AUDIT_KEY: secret, SMTP_URL: smtp, SEED_DEMO: 'true' })).toThrow(/SEED_DEMO/);
  });

  it('when NODE_ENV is production without an audit key of its own, or with a database URL but no owner URL, then start-up stops naming each variable', () => {
    const given = { NODE_ENV: 'production', MAIL_LINK_SECRET: 'x'.repeat(32), SMTP_URL: 'smtp://relay.minfin.gob.gt:587' };
    expect(() => loadConfig(given)).toThrow(/AUDIT_KEY: en producción/);
    expect(() => loadConfig({ ...given, AUDIT_KEY: developmentAuditKey })).toThrow(/AUDIT_KEY: en producción/);
    const servers = { DATABASE_URL: 'postgresql://ciclo_app:c@db:5432/ciclo', AUDIT_KEY: 'a'.repeat(32) };
    expect(() => loadConfig({ ...given, ...servers })).toThrow(/DATABASE_OWNER_URL: en producción/);
    const config = loadConfig({ ...given, ...servers, DATABASE_OWNER_URL: 'postgresql://ciclo:c@db:5432/ciclo' });
    expect(config).toMatchObject({ auditKey: 'a'.repeat(32), DATABASE_OWNER_URL: 'postgresql://ciclo:c@db:5432/ciclo' });
    // Every problem at once, so a deployment is fixed in one go.
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MAIL_LINK_SECRET[\s\S]*AUDIT_KEY[\s\S]*SMTP_URL/);
    expect(loadConfig({}).auditKey).toBe(developmentAuditKey);
  });

  it('when NODE_ENV is production without SMTP_URL, then start-up stops: the local mailbox is for the demo only', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', MAIL_LINK_SECRET: 'x'.repeat(32) })).toThrow(/SMTP_URL: en producción/);
  });
});
