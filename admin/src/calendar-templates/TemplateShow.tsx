import { FunctionField, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
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
      <FunctionField<CalendarTemplate> label="ciclo.template.declared_days" render={(template) => <DeclaredDays days={template.declaredNonWorkingDays} />} />
      <TemplateStagesTable label="ciclo.template.stages" />
    </SimpleShowLayout>
  </Show>
);

/** The template's own declared non-working days; cycles add their jurisdiction's decrees when they start. */
const DeclaredDays = ({ days }: { days?: string[] }) => {
  const translate = useTranslate();
  return <>{days?.length ? days.join(', ') : translate('ciclo.template.declared_days_none')}</>;
};
