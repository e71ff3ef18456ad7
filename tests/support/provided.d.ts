// What globalSetup hands to every test file through vitest's inject().
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    temporalCli: string;
    temporalTestServer: string;
    templateDatabase: string;
  }
}
