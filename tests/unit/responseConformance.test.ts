import { describe, expect, it } from 'vitest';
import { conformanceProblem } from '../support/responseConformance';

const stage = {
  id: 's1',
  cycleId: 'c1',
  fiscalYear: 2028,
  institutionId: 'i1',
  institutionCode: 'MSPAS',
  institutionName: 'Ministerio de Salud Pública y Asistencia Social',
  timeZone: 'America/Guatemala',
  code: 'poa',
  name: 'POA',
  scope: 'institution',
  status: 'submitted',
  version: 2,
  reviewLevel: 0,
  approvalChain: [{ role: 'director', institutionId: 'i1' }],
  deadline: '2027-04-30T06:00:00.000Z',
  daysToDeadline: 12,
  overdue: false,
  lastComment: null,
  workflowId: 'stage-s1',
  updatedAt: '2027-04-18T15:00:00.000Z',
};

describe('the answers held to their declared schemas', () => {
  it('when a stage answer has every declared field, then it conforms, alone, as a page and after an action', () => {
    expect(conformanceProblem('GET', '/api/stages/s1', 200, { ...stage, recallable: true })).toBeUndefined();
    expect(conformanceProblem('GET', '/api/stages', 200, [stage, { ...stage, id: 's2', approvalChain: null }])).toBeUndefined();
    expect(conformanceProblem('POST', '/api/stages/s1/approve', 200, stage)).toBeUndefined();
  });

  it('when a field is missing, retyped or undeclared, then the problem names the operation and the field', () => {
    const { deadline: _deadline, ...withoutDeadline } = stage;
    expect(conformanceProblem('GET', '/api/stages/s1', 200, withoutDeadline)).toMatch(/getStage.*deadline/);
    expect(conformanceProblem('GET', '/api/stages', 200, [{ ...stage, version: '2' }])).toMatch(/listStages.*0\.version/);
    expect(conformanceProblem('GET', '/api/stages/s1', 200, { ...stage, secret: 'x' })).toMatch(/getStage.*secret/);
    expect(conformanceProblem('GET', '/api/stages/s1', 200, { ...stage, status: 'archived' })).toMatch(/status/);
  });

  it('when the path has a literal segment, then it is matched before a parameter (facets, not an institution)', () => {
    const facets = { kinds: [{ kind: 'ministry', count: 14 }], sectors: [], departments: [{ code: '01', name: 'Guatemala', count: 3 }] };
    expect(conformanceProblem('GET', '/api/institutions/facets', 200, facets)).toBeUndefined();
    expect(conformanceProblem('GET', '/api/institutions/facets', 200, { ...facets, kinds: [{ kind: 'bank', count: 1 }] })).toMatch(/institutionFacets.*kinds\.0\.kind/);
  });

  it('when an error is answered, then it must be the Error body; a path the API does not describe is not judged', () => {
    expect(conformanceProblem('GET', '/api/stages/s1', 404, { message: 'La etapa no existe' })).toBeUndefined();
    expect(conformanceProblem('GET', '/api/stages/s1', 404, { error: 'not found' })).toMatch(/message/);
    expect(conformanceProblem('GET', '/publico', 200, { anything: true })).toBeUndefined();
  });
});
