// Puts the Temporal binaries in the cache before the tests: the CLI (dev server) and the Java
// time-skipping test server. Each is built or resolved only when missing.
import { ensureTemporalCli } from '../src/infra/temporalCli';
import { ensureTemporalTestServer } from '../support/temporalTestServer';

const log = (line: string) => console.log(`[ciclo] ${line}`);
log(`Temporal CLI: ${ensureTemporalCli(process.env.TEMPORAL_CLI, log)}`);
log(`Servidor de pruebas de Temporal: ${ensureTemporalTestServer(log)}`);
