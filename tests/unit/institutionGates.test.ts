// The coordination approvals an institution's cycle is told of: only those its stages wait on.
import { describe, expect, it } from 'vitest';
import { institutionGates } from '../../src/domain/calendar/institutionGates';
import { calendarTemplate } from '../../src/domain/calendar/template';
import { guatemalaTemplate } from '../../src/domain/calendar/templates/guatemala';
import { guatemalaMonitoringTemplate } from '../../src/domain/calendar/templates/guatemalaMonitoring';

describe('institution gates', () => {
  it('when the Guatemalan year is read, then the gates are the guidelines, the ceilings and the budget approval, and not the consolidation or the hearings', () => {
    expect([...institutionGates(guatemalaTemplate.stages)].sort()).toEqual(['budget_approval', 'budget_ceilings', 'guidelines']);
  });

  it('when an institution stage dates itself after a coordination approval without depending on it, then that approval is a gate too', () => {
    const template = calendarTemplate.parse({
      code: 'GT-PRUEBA',
      jurisdiction: 'GT',
      name: { es: 'Prueba de puertas', en: 'Gate test' },
      utcOffset: '-06:00',
      stages: [
        { code: 'guidelines', name: { es: 'Lineamientos', en: 'Guidelines' }, order: 1, scope: 'coordination', start: { kind: 'fixedDate', month: 1, day: 5, yearOffset: -1 }, deadline: { kind: 'fixedDate', month: 1, day: 30, yearOffset: -1 }, submitterRole: 'coordinator', submitterInstitutionCode: 'SEGEPLAN', approvalChain: [{ role: 'coordinator', institutionCode: 'SEGEPLAN' }], deliverable: 'Lineamientos' },
        { code: 'hearings', name: { es: 'Audiencias', en: 'Hearings' }, order: 2, scope: 'coordination', start: { kind: 'fixedDate', month: 2, day: 1, yearOffset: -1 }, deadline: { kind: 'fixedDate', month: 2, day: 20, yearOffset: -1 }, submitterRole: 'coordinator', submitterInstitutionCode: 'MINFIN', approvalChain: [{ role: 'coordinator', institutionCode: 'MINFIN' }], deliverable: 'Audiencias' },
        { code: 'plan', name: { es: 'Plan', en: 'Plan' }, order: 3, scope: 'institution', start: { kind: 'fixedDate', month: 3, day: 1, yearOffset: -1 }, deadline: { kind: 'afterApproval', stage: 'guidelines', days: 40, dayKind: 'calendar' }, submitterRole: 'planner', approvalChain: [{ role: 'director' }], deliverable: 'Plan' },
      ],
    });
    expect([...institutionGates(template.stages)]).toEqual(['guidelines']);
  });

  it('when the execution year is read, then no coordination approval is a gate: its monitoring reports keep their own dates', () => {
    expect(guatemalaMonitoringTemplate.stages.some((s) => s.scope === 'coordination')).toBe(true);
    expect([...institutionGates(guatemalaMonitoringTemplate.stages)]).toEqual([]);
  });
});
