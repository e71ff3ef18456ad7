// The calendar templates Ciclo ships with. Guatemala is the default; Peru proves the calendar is data.
import type { CalendarTemplate } from '../template';
import { guatemalaTemplate } from './guatemala';
import { peruTemplate } from './peru';

export { guatemalaTemplate, peruTemplate };

export const builtInTemplates: readonly CalendarTemplate[] = [guatemalaTemplate, peruTemplate];
