import { Edit } from 'react-admin';
import type { CalendarTemplate } from '../types';
import { TemplateForm } from './TemplateForm';
import { toTemplateBody } from './toTemplateBody';

/**
 * PUT /api/calendar-templates/:id with the whole template. Pessimistic, so that the API's
 * field errors (400 {errors: {'stages.5.deadline.day': ...}}) come back to the form.
 * Coordinators and admins only (authProvider.canAccess). New cycles take the edited
 * template; running cycles keep their frozen copy.
 */
export const TemplateEdit = () => (
  <Edit<CalendarTemplate> mutationMode="pessimistic" redirect="show" transform={toTemplateBody}>
    <TemplateForm />
  </Edit>
);
