// The console's files as a browser keeps them: the built scripts (named by their content) for a
// year without asking again, the page that names them asked again at every visit, so a new
// version reaches everyone at once and no page names scripts a new build removed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestStack } from '../support/useTestStack';

const consoleDir = mkdtempSync(join(tmpdir(), 'ciclo-consola-'));
mkdirSync(join(consoleDir, 'assets'));
writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><script type="module" src="/assets/index-Ab12_-xZ.js"></script>');
writeFileSync(join(consoleDir, 'assets', 'index-Ab12_-xZ.js'), 'export {};');
writeFileSync(join(consoleDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
afterAll(() => rmSync(consoleDir, { recursive: true, force: true }));

const stack = useTestStack(undefined, { consoleDir });

describe('console files and the browser cache', () => {
  it('when a browser loads the console, then its scripts are immutable and its page and other files are checked again', async () => {
    const cacheOf = async (path: string) => {
      const response = await fetch(`${stack.baseUrl}${path}`);
      expect(response.status, path).toBe(200);
      return response.headers.get('cache-control');
    };
    expect(await cacheOf('/assets/index-Ab12_-xZ.js')).toBe('public, max-age=31536000, immutable');
    expect(await cacheOf('/')).toBe('no-cache');
    expect(await cacheOf('/index.html')).toBe('no-cache');
    expect(await cacheOf('/favicon.svg')).toBe('no-cache');
    // A route of the console's own (a bookmark, a reload) answers the same page.
    expect(await cacheOf('/cualquier/ruta')).toBe('no-cache');
  });
});
