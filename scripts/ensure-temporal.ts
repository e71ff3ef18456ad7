// Puts the Temporal binaries in the cache before the tests: the CLI (dev server), the Java
// time-skipping test server, and the production server with its SQL schema tool (for the crash
// test on PostgreSQL and the engine benches). Each is built or resolved only when missing.
import { ensureTemporalCli } from '../src/infra/temporalCli';
import { ensureTemporalServer } from '../support/temporalServer';
import { ensureTemporalTestServer } from '../support/temporalTestServer';

const log = (line: string) => console.log(`[ciclo] ${line}`);
log(`Temporal CLI: ${ensureTemporalCli(process.env.TEMPORAL_CLI, log)}`);
log(`Servidor de pruebas de Temporal: ${ensureTemporalTestServer(log)}`);
log(`Servidor de Temporal de producción: ${ensureTemporalServer(log).server}`);
