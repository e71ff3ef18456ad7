// The progress matrix's status filter, which the server applies before paging, and whose
// decision each cell awaits.
import { describe, expect, it } from 'vitest';
import type { StageTemplate } from '../../src/domain/calendar/template';
import { cellMatches, progressMatrix, rowMatches, type ProgressCell, type StageRowForProgress } from '../../src/domain/progressMatrix';
import type { ApprovalStep } from '../../src/domain/stageRules';

function cell(status: ProgressCell['status'], { daysToDeadline = 10, overdue = false }: { daysToDeadline?: number | null; overdue?: boolean } = {}): ProgressCell {
  return { stageCode: 'pom_poa', stageId: status === 'not_open' ? null : 'stage-1', status, deadline: null, daysToDeadline, overdue, heldBy: null, awaitsReader: false };
}

describe('cellMatches', () => {
  it('when a status is asked for, then only cells in that status pass', () => {
    expect(cellMatches(cell('draft'), 'draft')).toBe(true);
    expect(cellMatches(cell('submitted'), 'draft')).toBe(false);
    expect(cellMatches(cell('not_open', { daysToDeadline: null }), 'not_open')).toBe(true);
  });

  it('when overdue is asked for, then an open, unapproved cell past its date or marked overdue passes', () => {
    expect(cellMatches(cell('draft', { daysToDeadline: -1 }), 'overdue')).toBe(true);
    expect(cellMatches(cell('in_review', { daysToDeadline: 3, overdue: true }), 'overdue')).toBe(true);
    expect(cellMatches(cell('draft', { daysToDeadline: 0 }), 'overdue')).toBe(false);
    // Approved late is done, and a stage not open has no date to miss.
    expect(cellMatches(cell('approved', { daysToDeadline: -4, overdue: true }), 'overdue')).toBe(false);
    expect(cellMatches(cell('not_open', { daysToDeadline: -4, overdue: true }), 'overdue')).toBe(false);
  });
});

describe('rowMatches', () => {
  const row = [cell('approved'), cell('submitted'), cell('not_open', { daysToDeadline: null })];

  it('when no status is asked for, then every row passes', () => {
    expect(rowMatches(row, undefined)).toBe(true);
    expect(rowMatches([], undefined)).toBe(true);
  });

  it('when a status is asked for, then a row passes if any of its cells does', () => {
    expect(rowMatches(row, 'submitted')).toBe(true);
    expect(rowMatches(row, 'in_review')).toBe(false);
    expect(rowMatches(row, 'overdue')).toBe(false);
    expect(rowMatches([], 'draft')).toBe(false);
  });
});

describe('awaitsReader', () => {
  const stages = [{ code: 'pom_poa', scope: 'institution' }] as StageTemplate[];
  const institutions = [{ id: 'mspas', code: 'MSPAS', timeZone: 'America/Guatemala' }];
  const awaits = (step: ApprovalStep, reader: { userId: string; role: string; institutionId: string | null }, status: StageRowForProgress['status'] = 'submitted') => {
    const row: StageRowForProgress = { id: 's1', code: 'pom_poa', institutionId: 'mspas', status, reviewLevel: 0, overdue: false, deadline: '2027-07-15T06:00:00.000Z', approvalChain: [step] };
    return progressMatrix(stages, institutions, [row], (id) => id.toUpperCase(), Date.parse('2027-07-01T00:00:00Z'), reader)[0]!.cells[0]!.awaitsReader;
  };
  const authority = { userId: 'u-aut', role: 'authority', institutionId: 'mspas' };

  it("when the level is the reader's role at their institution, then it awaits them, and not while it is a draft", () => {
    expect(awaits({ role: 'authority', institutionId: 'mspas' }, authority)).toBe(true);
    expect(awaits({ role: 'authority', institutionId: 'mspas' }, authority, 'draft')).toBe(false);
    expect(awaits({ role: 'authority', institutionId: 'mspas' }, { ...authority, institutionId: 'mides' })).toBe(false);
  });

  it('when the level was delegated, then it awaits the person it went to, not the rest of the role', () => {
    const delegated = { role: 'authority' as const, institutionId: 'mspas', assignee: { userId: 'u-vice', name: 'Viceministra' } };
    expect(awaits(delegated, authority)).toBe(false);
    expect(awaits(delegated, { userId: 'u-vice', role: 'director', institutionId: 'mspas' })).toBe(true);
  });

  it('when every member must approve, then it awaits the members who have not yet, and no one else of the role', () => {
    const parallel: ApprovalStep = { role: 'authority', institutionId: 'mspas', quorum: 'all', members: [{ userId: 'u-aut', name: 'A' }, { userId: 'u-aut2', name: 'B' }], approvedBy: ['u-aut'] };
    expect(awaits(parallel, authority)).toBe(false);
    expect(awaits(parallel, { ...authority, userId: 'u-aut2' })).toBe(true);
    expect(awaits(parallel, { ...authority, userId: 'u-aut3' })).toBe(false);
  });

  it('when no reader is given, then no cell awaits anyone', () => {
    const row: StageRowForProgress = { id: 's1', code: 'pom_poa', institutionId: 'mspas', status: 'submitted', reviewLevel: 0, overdue: false, deadline: '2027-07-15T06:00:00.000Z', approvalChain: [{ role: 'authority', institutionId: 'mspas' }] };
    expect(progressMatrix(stages, institutions, [row], (id) => id, 0)[0]!.cells[0]!.awaitsReader).toBe(false);
  });
});
