// Connection options for Temporal: a local dev server, a self-hosted cluster with mTLS, or
// Temporal Cloud with an API key, all from the same configuration.
import { readFileSync } from 'node:fs';
import type { Config } from '../config/env';

export interface TemporalConnectionOptions {
  address: string;
  tls?: { clientCertPair?: { crt: Buffer; key: Buffer }; serverRootCACertificate?: Buffer } | boolean;
  apiKey?: string;
}

export function temporalConnectionOptions(config: Config, address: string): TemporalConnectionOptions {
  const wantsTls = config.TEMPORAL_TLS || Boolean(config.TEMPORAL_TLS_CERT_PATH) || Boolean(config.TEMPORAL_API_KEY);
  const tls = !wantsTls
    ? undefined
    : config.TEMPORAL_TLS_CERT_PATH || config.TEMPORAL_TLS_CA_PATH
      ? {
          clientCertPair:
            config.TEMPORAL_TLS_CERT_PATH && config.TEMPORAL_TLS_KEY_PATH
              ? { crt: readFileSync(config.TEMPORAL_TLS_CERT_PATH), key: readFileSync(config.TEMPORAL_TLS_KEY_PATH) }
              : undefined,
          serverRootCACertificate: config.TEMPORAL_TLS_CA_PATH ? readFileSync(config.TEMPORAL_TLS_CA_PATH) : undefined,
        }
      : true;
  return { address, tls, apiKey: config.TEMPORAL_API_KEY };
}
