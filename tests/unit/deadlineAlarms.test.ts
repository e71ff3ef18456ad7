import { describe, expect, it } from 'vitest';
import { DeadlineAlarms } from '../../src/domain/deadlineAlarms';

const plan = { reminderDaysBefore: [14, 7, 1], escalation: { ladder: ['planner', 'director', 'authority', 'coordinator'], everyDays: 3 } };
const deadline = '2027-03-31T23:59:59.000Z';
const fresh = () => new DeadlineAlarms(plan, { deadline, deadlineVersion: 1, fired: [] });
const kinds = (alarms: { kind: string; key: string }[]) => alarms.map((a) => a.key);

describe('DeadlineAlarms', () => {
  it('when time goes by, then reminders come 14, 7 and 1 days before, then overdue, then escalation up the ladder', () => {
    const alarms = fresh();
    const seen: string[] = [];
    for (let i = 0; i < 9; i += 1) {
      const next = alarms.next();
      const fired = alarms.due(next.at);
      seen.push(...fired.map((a) => (a.kind === 'escalation' ? `escalation:${a.rung}` : a.kind === 'reminder' ? `reminder:${a.daysBefore}` : a.kind)));
    }
    expect(seen).toEqual(['reminder:14', 'reminder:7', 'reminder:1', 'overdue', 'escalation:planner', 'escalation:director', 'escalation:authority', 'escalation:coordinator', 'escalation:coordinator']);
  });

  it('when the escalation rounds are spaced by everyDays, then round 2 is 6 days late', () => {
    const alarms = fresh();
    alarms.due('2027-04-01T00:00:00.000Z');
    expect(alarms.next()).toMatchObject({ kind: 'escalation', round: 1, at: '2027-04-03T23:59:59.000Z' });
  });

  it('when several reminders are due at once, then only the latest goes out', () => {
    const alarms = fresh();
    expect(kinds(alarms.due('2027-03-31T00:00:00.000Z'))).toEqual(['d1:reminder:1']);
    expect(alarms.next().kind).toBe('overdue');
  });

  it('when checked twice at the same moment, then nothing fires twice', () => {
    const alarms = fresh();
    expect(alarms.due('2027-04-10T00:00:00.000Z').map((a) => a.kind)).toEqual(['overdue', 'escalation']);
    expect(alarms.due('2027-04-10T00:00:00.000Z')).toEqual([]);
  });

  it('when the deadline is extended, then the schedule starts again from the new date', () => {
    const alarms = fresh();
    alarms.due('2027-04-02T00:00:00.000Z');
    alarms.moveDeadline('2027-04-30T23:59:59.000Z');
    expect(alarms.snapshot).toMatchObject({ deadlineVersion: 2, fired: [] });
    expect(alarms.next()).toMatchObject({ kind: 'reminder', daysBefore: 14, key: 'd2:reminder:14', at: '2027-04-16T23:59:59.000Z' });
    expect(alarms.due('2027-04-03T00:00:00.000Z')).toEqual([]);
  });
});
