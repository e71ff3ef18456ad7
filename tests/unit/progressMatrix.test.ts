// The progress matrix's status filter, which the server applies before paging.
import { describe, expect, it } from 'vitest';
import { cellMatches, rowMatches, type ProgressCell } from '../../src/domain/progressMatrix';

function cell(status: ProgressCell['status'], { daysToDeadline = 10, overdue = false }: { daysToDeadline?: number | null; overdue?: boolean } = {}): ProgressCell {
  return { stageCode: 'pom_poa', stageId: status === 'not_open' ? null : 'stage-1', status, deadline: null, daysToDeadline, overdue, heldBy: null };
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
