// The Java time-skipping test server from Maven Central, resolved once into the cache, and a
// wrapper script the SDK runs as an `existing-path` executable (it cannot download one here).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cacheBinDir } from '../src/infra/temporalCli';

export const testServerVersion = '1.38.0';

const pom = `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>ciclo</groupId><artifactId>temporal-test-server-deps</artifactId><version>1</version>
<dependencies><dependency><groupId>io.temporal</groupId><artifactId>temporal-test-server</artifactId>
<version>${testServerVersion}</version></dependency></dependencies></project>`;

export function ensureTemporalTestServer(log: (line: string) => void = console.log): string {
  const home = join(dirname(cacheBinDir), `temporal-test-server-${testServerVersion}`);
  const jars = join(home, 'jars');
  const wrapper = join(home, 'temporal-test-server');
  if (existsSync(wrapper) && existsSync(jars) && readdirSync(jars).length > 0) return wrapper;
  for (const tool of ['java', 'mvn']) {
    if (spawnSync(tool, ['-version']).error) {
      throw new Error(`Falta ${tool}: el servidor de pruebas de Temporal es Java (apt-get install -y default-jdk-headless maven)`);
    }
  }
  log(`Resolviendo io.temporal:temporal-test-server:${testServerVersion} con Maven en ${home}...`);
  mkdirSync(home, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'ciclo-mvn-'));
  writeFileSync(join(work, 'pom.xml'), pom);
  execFileSync('mvn', ['-q', '-B', 'dependency:copy-dependencies', `-DoutputDirectory=${jars}`], { cwd: work, stdio: 'inherit' });
  writeFileSync(wrapper, `#!/bin/sh\nexec java -cp '${jars}/*' io.temporal.testserver.TestServer "$@"\n`);
  chmodSync(wrapper, 0o755);
  return wrapper;
}
