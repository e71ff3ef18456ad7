import { Create } from 'react-admin';
import type { CalendarTemplate } from '../types';
import { TemplateForm } from './TemplateForm';
import { toTemplateBody } from './toTemplateBody';

/**
 * POST /api/calendar-templates. A template is created by cloning an existing one ("Duplicar"
 * on its page): the form starts from that template's stages, with a new code to give.
 */
export const TemplateCreate = () => (
  <Create<CalendarTemplate> redirect="show" transform={toTemplateBody}>
    <TemplateForm withIdentity />
  </Create>
);
