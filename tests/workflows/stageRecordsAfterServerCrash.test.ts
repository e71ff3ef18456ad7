// A Temporal server killed after a worker recorded an approval, but before the server stored it:
// the workflow went on without the approval (a reminder wrote the state before it over the stage's
// row), then the approval was sent again and found its audit line already written. Found by the
// crash test at a fast calendar: the approval answered, the row stayed "en revisión" for good.
// Real PostgreSQL, the real activity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStageEventActivities, type StageEventInput } from '../../src/activities/stageEvents';
import type { StageSnapshot } from '../../src/domain/stageRules';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

const deadline = '2027-06-15T05:59:59.000Z';
const inReview: StageSnapshot = { status: 'in_review', version: 1, overdue: false, reviewLevel: 1 };
const approved: StageSnapshot = { ...inReview, status: 'approved' };
const actor = { userId: 'autoridad-1', name: 'Autoridad', role: 'authority' as const, institutionId: null };

async function openStage(code: string, fiscalYear: number): Promise<string> {
  const institution = await database.db.institution.create({ data: { code: `C${code}`, name: `Ministerio ${code}`, kind: 'ministry' } });
  const cycle = await database.db.cycle.create({ data: { fiscalYear } });
  const stage = await database.db.stage.create({ data: { cycleId: cycle.id, institutionId: institution.id, code: 'preliminary_programming', name: 'Programación', deadline: new Date(deadline), workflowId: `caida-${code}` } });
  return stage.id;
}

function record(stageId: string, key: string, action: StageEventInput['action'], snapshot: StageSnapshot, at: string): StageEventInput {
  return { stageId, eventKey: `caida-${stageId}:${key}`, action, snapshot, deadline, version: 1, at, ...(action === 'reminder' ? {} : { actor }) };
}

describe('stage records after a Temporal server crash', () => {
  it('when the approval is sent again after a reminder wrote the earlier state, then the row is approved again, at the time the trail shows', async () => {
    const { recordStageEvent } = createStageEventActivities({ db: database.db });
    const stageId = await openStage('A', 2028);
    await recordStageEvent(record(stageId, 'level_approved:0', 'level_approved', inReview, '2027-05-31T16:20:00.000Z'));
    await recordStageEvent(record(stageId, 'approved:1', 'approved', approved, '2027-06-01T13:56:40.000Z'));
    // The workflow, back without the approval, reminds the authority: the row falls back.
    await recordStageEvent(record(stageId, 'reminder:3', 'reminder', inReview, '2027-06-08T06:36:40.000Z'));
    expect((await database.db.stage.findUniqueOrThrow({ where: { id: stageId } })).status).toBe('in_review');

    await recordStageEvent(record(stageId, 'approved:1', 'approved', approved, '2027-06-09T10:00:00.000Z'));
    const row = await database.db.stage.findUniqueOrThrow({ where: { id: stageId }, include: { auditEvents: true } });
    expect({ status: row.status, approvedAt: row.approvedAt?.toISOString(), approvals: row.auditEvents.filter((e) => e.action === 'approved').length }).toEqual({
      status: 'approved',
      approvedAt: '2027-06-01T13:56:40.000Z',
      approvals: 1,
    });
  });

  it('when a late copy of an earlier record finds its line written, then it does not move an approved row back', async () => {
    const { recordStageEvent } = createStageEventActivities({ db: database.db });
    const stageId = await openStage('B', 2029);
    const levelApproved = record(stageId, 'level_approved:0', 'level_approved', inReview, '2027-05-31T16:20:00.000Z');
    await recordStageEvent(levelApproved);
    await recordStageEvent(record(stageId, 'approved:1', 'approved', approved, '2027-06-01T13:56:40.000Z'));
    await recordStageEvent(levelApproved);
    expect((await database.db.stage.findUniqueOrThrow({ where: { id: stageId } })).status).toBe('approved');
  });
});
