// The lint rule that keeps workflow code deterministic really rejects Node built-ins.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

describe('workflow lint rule', () => {
  it('when a workflow file imports a Node built-in, then lint reports it; the real files pass', async () => {
    const eslint = new ESLint();
    const [bad] = await eslint.lintText("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", { filePath: 'src/workflows/messages.ts' });
    expect(bad!.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
    const results = await eslint.lintFiles(['src/workflows', 'src/domain']);
    expect(results.flatMap((r) => r.messages)).toEqual([]);
  });
});
