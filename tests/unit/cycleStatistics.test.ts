import { describe, expect, it } from 'vitest';
import { cycleStatistics, offsetMinutes, type StageRowForStatistics, type StatisticsInput } from '../../src/domain/cycleStatistics';

const stages: StatisticsInput['stages'] = [
  { code: 'guidelines', name: { es: 'Lineamientos', en: 'Guidelines' }, order: 1, scope: 'coordination' },
  { code: 'pom_poa', name: { es: 'POM/POA', en: 'POM/POA' }, order: 3, scope: 'institution' },
  { code: 'strategic_review', name: { es: 'PEI', en: 'PEI' }, order: 2, scope: 'institution' },
];
const institutions = [
  { id: 'i-mspas', code: 'MSPAS', name: 'Salud', sector: 'Salud', kind: 'ministry', departmentCode: '01' },
  { id: 'i-maga', code: 'MAGA', name: 'Agricultura', sector: 'Agricultura', kind: 'ministry', departmentCode: '01' },
  { id: 'i-civ', code: 'CIV', name: 'Infraestructura', sector: 'Infraestructura' },
];
// Deadlines at the end of the day in Guatemala (UTC-6).
const peiDeadline = '2027-04-01T05:59:59.000Z';
const row = (id: string, code: string, institutionId: string, rest: Partial<StageRowForStatistics> = {}): StageRowForStatistics => ({
  id,
  code,
  institutionId,
  status: 'draft',
  deadline: peiDeadline,
  approvedAt: null,
  overdue: false,
  ...rest,
});
const now = Date.parse('2027-04-10T18:00:00.000Z');
const base = { stages, institutions, calendarNowMs: now, utcOffsetMinutes: -360 };

describe('cycleStatistics', () => {
  it('when stages are approved before, after or never by their deadline, then each stage gets its on-time share', () => {
    const stats = cycleStatistics({
      ...base,
      rows: [
        row('g', 'guidelines', 'i-minfin', { status: 'approved', deadline: '2027-03-01T05:59:59.000Z', approvedAt: '2027-03-20T15:00:00.000Z' }),
        row('p1', 'strategic_review', 'i-mspas', { status: 'approved', approvedAt: '2027-03-30T16:00:00.000Z' }),
        row('p2', 'strategic_review', 'i-maga', { status: 'in_review', overdue: true }),
        row('p3', 'strategic_review', 'i-civ', { status: 'approved', approvedAt: '2027-04-05T16:00:00.000Z' }),
        row('o1', 'pom_poa', 'i-mspas', { deadline: '2027-05-01T05:59:59.000Z' }),
      ],
      events: [],
    });
    expect(stats.byStage.map((s) => s.stageCode)).toEqual(['guidelines', 'strategic_review', 'pom_poa']);
    expect(stats.byStage[0]).toMatchObject({ expected: 1, opened: 1, approved: 1, approvedOnTime: 0, approvedLate: 1, onTimeShare: 0 });
    expect(stats.byStage[1]).toMatchObject({ expected: 3, opened: 3, approved: 2, approvedOnTime: 1, approvedLate: 1, pendingOverdue: 1, pendingOnTime: 0 });
    expect(stats.byStage[1]!.onTimeShare).toBeCloseTo(1 / 3);
    // Open and not yet due: nothing decided, no share.
    expect(stats.byStage[2]).toMatchObject({ opened: 1, pendingOnTime: 1, onTimeShare: null });
    expect(stats.totals).toMatchObject({ expected: 7, opened: 5, approved: 3, approvedOnTime: 1, approvedLate: 2, overdue: 1 });
    expect(stats.totals.onTimeShare).toBeCloseTo(1 / 4);
  });

  it('when a stage fell overdue and was extended before its approval, then it still counts as late', () => {
    const stats = cycleStatistics({
      ...base,
      rows: [row('p1', 'strategic_review', 'i-mspas', { status: 'approved', deadline: '2027-04-15T05:59:59.000Z', approvedAt: '2027-04-08T16:00:00.000Z' })],
      events: [
        { stageId: 'p1', action: 'overdue', at: peiDeadline },
        { stageId: 'p1', action: 'extended', at: '2027-04-03T16:00:00.000Z' },
        { stageId: 'p1', action: 'approved', at: '2027-04-08T16:00:00.000Z' },
      ],
    });
    expect(stats.byStage[1]).toMatchObject({ approved: 1, approvedLate: 1, onTimeShare: 0 });
  });

  it('when a row has no approvedAt, then its last approved event dates the approval', () => {
    const stats = cycleStatistics({
      ...base,
      rows: [row('p1', 'strategic_review', 'i-mspas', { status: 'approved' })],
      events: [{ stageId: 'p1', action: 'approved', at: '2027-04-02T16:00:00.000Z' }],
    });
    expect(stats.byStage[1]).toMatchObject({ approvedLate: 1, onTimeShare: 0 });
    expect(stats.completion.points.find((p) => p.date === '2027-04-02')).toEqual({ date: '2027-04-02', approved: 1, due: 1 });
  });

  it('when approvals and deadlines fall on several days, then completion is cumulative per Guatemalan day up to today', () => {
    const stats = cycleStatistics({
      ...base,
      rows: [
        // 23:00 in Guatemala on 30 March is already 31 March in UTC: it counts on the 30th.
        row('p1', 'strategic_review', 'i-mspas', { status: 'approved', approvedAt: '2027-03-31T05:00:00.000Z' }),
        row('p2', 'strategic_review', 'i-maga', { status: 'approved', approvedAt: '2027-04-05T16:00:00.000Z' }),
        row('p3', 'strategic_review', 'i-civ'),
        row('o1', 'pom_poa', 'i-mspas', { deadline: '2027-05-01T05:59:59.000Z' }),
      ],
      events: [],
    });
    expect(stats.completion).toEqual({
      expected: 7,
      points: [
        { date: '2027-03-30', approved: 1, due: 0 },
        { date: '2027-03-31', approved: 1, due: 3 },
        { date: '2027-04-05', approved: 2, due: 3 },
        { date: '2027-04-10', approved: 2, due: 3 },
      ],
    });
  });

  it('when institutions have overdue stages, then each is counted with its largest delay, coordination stages apart', () => {
    const stats = cycleStatistics({
      ...base,
      rows: [
        row('g', 'guidelines', 'i-mspas', { deadline: '2027-03-01T05:59:59.000Z' }),
        row('p1', 'strategic_review', 'i-mspas', { status: 'approved', approvedAt: '2027-04-03T16:00:00.000Z' }),
        row('p2', 'strategic_review', 'i-maga', { status: 'submitted' }),
        row('o2', 'pom_poa', 'i-maga', { deadline: '2027-04-08T05:59:59.000Z' }),
      ],
      events: [],
    });
    expect(stats.byInstitution).toEqual([
      { institutionId: 'i-mspas', institutionCode: 'MSPAS', institutionName: 'Salud', sector: 'Salud', kind: 'ministry', departmentCode: '01', opened: 1, approved: 1, approvedLate: 1, overdue: 0, maxDaysLate: 0 },
      { institutionId: 'i-maga', institutionCode: 'MAGA', institutionName: 'Agricultura', sector: 'Agricultura', kind: 'ministry', departmentCode: '01', opened: 2, approved: 0, approvedLate: 0, overdue: 2, maxDaysLate: 10 },
      { institutionId: 'i-civ', institutionCode: 'CIV', institutionName: 'Infraestructura', sector: 'Infraestructura', kind: null, departmentCode: null, opened: 0, approved: 0, approvedLate: 0, overdue: 0, maxDaysLate: 0 },
    ]);
  });

  it('when nothing is open, then every figure is zero and the shares are null', () => {
    const stats = cycleStatistics({ ...base, rows: [], events: [] });
    expect(stats.totals).toEqual({ expected: 7, opened: 0, approved: 0, approvedOnTime: 0, approvedLate: 0, overdue: 0, onTimeShare: null });
    expect(stats.completion.points).toEqual([{ date: '2027-04-10', approved: 0, due: 0 }]);
    expect(stats.calendarNow).toBe('2027-04-10T18:00:00.000Z');
  });

  it('when an offset is read, then it is minutes east of UTC', () => {
    expect(offsetMinutes('-06:00')).toBe(-360);
    expect(offsetMinutes('+05:30')).toBe(330);
    expect(offsetMinutes('nope')).toBe(0);
  });
});
