// The calendar templates Ciclo ships with. Guatemala is the default; Peru proves the calendar is data;
// Guatemala's execution year is monitored through a template of its own, and its municipalities
// plan and budget on theirs. An election year in Guatemala has its variant of the annual
// template; Peru's Cuenta General of an executed year runs as a template of its own, and so does
// the publication of Guatemala's budget documents (the Open Budget Survey's eight).
import type { CalendarTemplate } from '../template';
import { guatemalaTemplate } from './guatemala';
import { guatemalaElectionTemplate } from './guatemalaElection';
import { guatemalaMonitoringTemplate } from './guatemalaMonitoring';
import { guatemalaMunicipalTemplate } from './guatemalaMunicipal';
import { guatemalaTransparencyTemplate } from './guatemalaTransparency';
import { peruTemplate } from './peru';
import { peruAccountTemplate } from './peruAccount';

export { guatemalaElectionTemplate, guatemalaMonitoringTemplate, guatemalaMunicipalTemplate, guatemalaTemplate, guatemalaTransparencyTemplate, peruAccountTemplate, peruTemplate };

export const builtInTemplates: readonly CalendarTemplate[] = [
  guatemalaTemplate,
  peruTemplate,
  guatemalaMonitoringTemplate,
  guatemalaMunicipalTemplate,
  guatemalaElectionTemplate,
  peruAccountTemplate,
  guatemalaTransparencyTemplate,
];
