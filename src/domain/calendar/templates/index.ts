// The calendar templates Ciclo ships with. Guatemala is the default; Peru proves the calendar is data;
// Guatemala's execution year is monitored through a template of its own, and its municipalities
// plan and budget on theirs.
import type { CalendarTemplate } from '../template';
import { guatemalaTemplate } from './guatemala';
import { guatemalaMonitoringTemplate } from './guatemalaMonitoring';
import { guatemalaMunicipalTemplate } from './guatemalaMunicipal';
import { peruTemplate } from './peru';

export { guatemalaMonitoringTemplate, guatemalaMunicipalTemplate, guatemalaTemplate, peruTemplate };

export const builtInTemplates: readonly CalendarTemplate[] = [guatemalaTemplate, peruTemplate, guatemalaMonitoringTemplate, guatemalaMunicipalTemplate];
