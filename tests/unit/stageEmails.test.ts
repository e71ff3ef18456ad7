import { describe, expect, it } from 'vitest';
import { renderStageEmail } from '../../src/mail/stageEmails';

const context = {
  stageName: 'Revisión del PEI',
  institutionName: 'MSPAS',
  version: 2,
  deadline: '2027-04-01T05:59:59.000Z',
  timeZone: 'America/Guatemala',
  comment: 'Ajustar <metas>',
  link: 'http://localhost:3000/#/stages/1/show',
};

describe('renderStageEmail', () => {
  it('when a stage is returned, then the Spanish mail carries the observations, escaped in HTML', () => {
    const mail = renderStageEmail('returned', context);
    expect(mail.subject).toBe('MSPAS: Revisión del PEI devuelta para corrección');
    expect(mail.text).toContain('Observaciones: Ajustar <metas>');
    expect(mail.html).toContain('Ajustar &#60;metas&#62;');
    expect(mail.html).not.toContain('<metas>');
  });

  it('when a reminder is due, then the date is written in the institution time zone', () => {
    expect(renderStageEmail('reminder', context).subject).toBe('Recordatorio: Revisión del PEI vence el 31 de marzo de 2027');
    expect(renderStageEmail('reminder', context, 'en').subject).toBe('Reminder: Revisión del PEI is due on March 31, 2027');
  });
});
