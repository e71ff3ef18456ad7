// What globalSetup hands to every test file through vitest's inject().
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    temporalCli: string;
    temporalTestServer: string;
    templateDatabase: string;
    /** The run's one Temporal dev server; each file works in a namespace of its own there. */
    temporalAddress: string;
    /** The workflow code, bundled once for the run. */
    workflowBundlePath: string;
  }
}
