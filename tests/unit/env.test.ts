import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env';

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
});
