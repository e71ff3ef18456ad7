// Patch levels (src/workflows/patchLevel.ts): a run at level 1 takes the folded patches without
// asking patched(); a run with no level asks, as before.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { childPatchLevel, currentPatchLevel, foldedPatchIds, isFolded } from '../../src/workflows/patchLevel';

const workflowsDir = join('src', 'workflows');
/** Every id the workflow code passes to patched(), whether written in place or as a constant. */
function patchIdsInWorkflowCode(): Set<string> {
  const sources = readdirSync(workflowsDir)
    .filter((f) => f.endsWith('.ts') && f !== 'patchLevel.ts')
    .map((f) => readFileSync(join(workflowsDir, f), 'utf8'));
  const constants = new Map(sources.flatMap((s) => [...s.matchAll(/const (\w+) = '([\w-]+)'/g)].map((m) => [m[1]!, m[2]!] as const)));
  return new Set(
    sources.flatMap((s) => [...s.matchAll(/patched\((\w+|'[\w-]+')\)/g)].map((m) => (m[1]!.startsWith("'") ? m[1]!.slice(1, -1) : constants.get(m[1]!) ?? `?${m[1]}`))),
  );
}

describe('patch levels', () => {
  it('when a run has no level, then no patch is folded and patched() is asked as before', () => {
    const ids = [...patchIdsInWorkflowCode()];
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id) => isFolded(undefined, id) || isFolded(0, id))).toEqual([]);
  });

  it('when a run is at level 1, then its folded patches are patches of the workflow code, and a later one is asked', () => {
    const ids = patchIdsInWorkflowCode();
    expect([...ids].filter((id) => id.startsWith('?'))).toEqual([]);
    const folded = foldedPatchIds(1);
    expect(folded.length).toBe(15);
    expect(folded.filter((id) => !ids.has(id))).toEqual([]);
    expect(folded.every((id) => isFolded(1, id))).toBe(true);
    // The branch start-institutions-in-batches superseded is never reached at level 1, so never folded.
    expect(isFolded(1, 'start-institutions-together')).toBe(false);
    expect(isFolded(1, 'a-patch-added-after-level-1')).toBe(false);
  });

  it('when a child is started, then it gets its parent level, and none when the parent has none', () => {
    expect(currentPatchLevel).toBe(3);
    expect(foldedPatchIds(2)).toEqual(foldedPatchIds(1));
    // Level 3 folds the two patches added after level 2, and they are patches of the workflow code.
    const added = foldedPatchIds(3).filter((id) => !foldedPatchIds(2).includes(id));
    expect(added).toEqual(['repeated-requests', 'routing-rules', 'parallel-review']);
    expect(added.filter((id) => !patchIdsInWorkflowCode().has(id))).toEqual([]);
    expect(isFolded(2, 'routing-rules')).toBe(false);
    expect(childPatchLevel(1)).toEqual({ patchLevel: 1 });
    expect(childPatchLevel(undefined)).toEqual({});
  });
});
