// Recorded histories of a whole year still replay against today's workflow code: a change that
// would break running workflows fails here, and must go behind patched() instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { workflowsPath } from '../../src/worker/workflowsPath';

const fixtures = join('tests', 'fixtures', 'histories');

describe('replay of recorded histories', () => {
  it('when every recorded history is replayed, then none hits non-determinism', async () => {
    // Protobuf's binary encoding of each History, as fetched from the server.
    const files = readdirSync(fixtures).filter((f) => f.endsWith('.binpb'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    const histories = files.map((file) => ({ workflowId: file.replace(/\.binpb$/, ''), history: temporal.api.history.v1.History.decode(readFileSync(join(fixtures, file))) }));
    const results = [];
    for await (const result of Worker.runReplayHistories({ workflowsPath }, histories)) results.push(result);
    expect(results.map((r) => [r.workflowId, r.error ? String(r.error) : 'ok'])).toEqual(histories.map((h) => [h.workflowId, 'ok']));
  });
});
