import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import type { CalendarTemplate } from '../types';
import { TemplateShowActions } from './TemplateShowActions';
import { TemplateStagesTable } from './TemplateStagesTable';

export const TemplateShow = () => (
  <Show<CalendarTemplate> actions={<TemplateShowActions />}>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="jurisdiction" />
      <TextField source="name.es" />
      <TextField source="name.en" />
      <TextField source="utcOffset" />
      <DateTimeField source="updatedAt" label="resources.calendar-templates.fields.updatedAt" />
      <TemplateStagesTable label="ciclo.template.stages" />
    </SimpleShowLayout>
  </Show>
);
