// A whole Guatemalan planning-budget year on the real time-skipping Temporal server, with real
// activities, PostgreSQL and SMTP (the scenario is in tests/support/guatemalanYear.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporal } from '@temporalio/proto';
import { institutionYearHistory, runGuatemalanYear } from '../support/guatemalanYear';
import { useTimeSkippingStack } from '../support/timeSkipping';

const taskQueue = 'guatemalan-year';
/** A government cycle, an institution's year, and stages with a return, a delay, a delegation and a rule. */
const recordedWorkflows = [
  'cycle/GT/2028',
  'cycle/GT/2028/CIV',
  'stage/GT/2028/CIV/strategic_review',
  'stage/GT/2028/MAGA/strategic_review',
  'stage/GT/2028/MSPAS/pom_poa',
  'stage/GT/2028/_coordinacion/budget_ceilings',
  // A rule of the template adds MINFIN's quality review; MINFIN approves the four proposals at once.
  'stage/GT/2028/MAGA/budget_proposal',
];

const stack = useTimeSkippingStack(taskQueue);

describe('a Guatemalan year on the time-skipping server', () => {
  it('when four ministries go through fiscal year 2028, then every stage is approved on the calendar the template sets', async () => {
    const cycle = await stack.worker.runUntil(runGuatemalanYear({ client: stack.env.client, db: stack.db, sink: stack.sink, taskQueue, sleepUntil: stack.sleepUntil }));
    const history = await institutionYearHistory(stack.env.client, stack.db, cycle.id, 'CIV');
    console.log(`[pruebas] historial de un año institucional (CIV, con retraso y prórroga): ${history.events} eventos en ${history.workflows} flujos, ${history.patchEvents} de parches`);
    // A cycle started at the current patch level writes no patch marker nor its search attribute (src/workflows/patchLevel.ts).
    expect(history.patchEvents).toBe(0);
    // 754 before records became local activities (issue 8); 457 before patch levels (issue 20), 357 at level 1, 339 at level 2, 343 at level 3 (the proposal's rule reads its figures at submit and at each approval).
    expect(history.events).toBeLessThan(350);

    // The histories of this run, for replay: copy them to tests/fixtures/histories to make them
    // the baseline that every later workflow change must still replay (see replay.test.ts).
    const dir = join('test-artifacts', 'histories');
    mkdirSync(dir, { recursive: true });
    for (const workflowId of recordedWorkflows) {
      const recorded = await stack.env.client.workflow.getHandle(workflowId).fetchHistory();
      writeFileSync(join(dir, `${workflowId.replaceAll('/', '_')}.binpb`), temporal.api.history.v1.History.encode(recorded).finish());
    }
  }, 600_000);
});
