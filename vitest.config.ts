import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The longest files start first, so the short ones fill the other workers around them.
const longestFirst = ['tests/chaos/', 'tests/workflows/compressedYear', 'tests/workflows/legalYears', 'tests/e2e/', 'tests/browser/'];
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = longestFirst.findIndex((part) => file.moduleId.includes(part));
      return index < 0 ? longestFirst.length : index;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

const common = {
  setupFiles: ['tests/support/quietTemporal.ts'],
  testTimeout: 120_000,
  hookTimeout: 180_000,
};
/** Files that need the run's Temporal dev server, PostgreSQL and workflow bundle (tests/globalSetup.ts). */
function withServices(name: string, include: string[], exclude: string[] = [], own: TestProjectInlineConfiguration['test'] = {}): TestProjectInlineConfiguration {
  return { test: { ...common, name, include, exclude, globalSetup: ['tests/globalSetup.ts'], ...own } };
}
/** Fifty people against npm start for two minutes, measured: it runs alone, after everything else. */
const soak = 'tests/e2e/concurrencySoak.test.ts';

export default defineConfig({
  test: {
    // Four files at a time on two cores: most wait on servers and timers more than they compute
    // (about 70 % of the CPU used). Two were needed while the console's sign-in loop burned 10 s
    // of CPU per page load; since it is gone, npm test takes 522 s with four, 613 s with three.
    maxWorkers: 4,
    // Read from the root config only: it orders the files of every project together.
    sequence: { sequencer: LongestFirst },
    reporters: ['default'],
    projects: [
      { test: { ...common, name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      withServices('integration', ['tests/{api,mail,workflows,infra}/**/*.test.ts'], ['tests/workflows/compressedYear.test.ts', 'tests/workflows/legalYears.test.ts']),
      withServices('browser', ['tests/browser/**/*.test.ts']),
      withServices('slow', ['tests/chaos/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/workflows/compressedYear.test.ts', 'tests/workflows/legalYears.test.ts'], [soak]),
      // Beside other files its answers took over 10 s on two cores, which is what it fails on.
      withServices('soak', [soak], [], { maxWorkers: 1, sequence: { groupOrder: 1 } }),
    ],
  },
});
