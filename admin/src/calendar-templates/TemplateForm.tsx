import { Alert, Stack } from '@mui/material';
import { ArrayInput, maxLength, minLength, regex, required, SimpleForm, SimpleFormIterator, TextInput, useRecordContext, useTranslate } from 'react-admin';
import type { CalendarTemplate } from '../types';
import { StageTemplateInputs } from './StageTemplateInputs';
import { TemplateFormToolbar } from './TemplateFormToolbar';

const name = [required(), minLength(3), maxLength(200)];

/**
 * The template form. The whole record is the form's value: what has no input (each stage's
 * code, order, start, approval chain, escalation...) goes back unchanged. Stages are edited
 * in place: adding, removing and reordering them is not offered here.
 * `withIdentity` (create) adds the code, jurisdiction and UTC offset.
 */
export const TemplateForm = ({ withIdentity = false }: { withIdentity?: boolean }) => {
  const record = useRecordContext<CalendarTemplate>();
  const translate = useTranslate();
  const hasStages = (record?.stages?.length ?? 0) > 0;
  return (
    <SimpleForm toolbar={<TemplateFormToolbar />}>
      {withIdentity && !hasStages && <Alert severity="info">{translate('ciclo.template.clone_hint')}</Alert>}
      {withIdentity && (
        <Stack direction={{ xs: 'column', md: 'row' }} sx={{ columnGap: 2, width: '100%' }}>
          <TextInput source="code" validate={[required(), regex(/^[A-Z]{2}-[A-Z0-9-]{2,30}$/, 'GT-ANUAL')]} />
          <TextInput source="jurisdiction" validate={[required(), regex(/^[A-Z]{2}$/, 'GT')]} />
          <TextInput source="utcOffset" validate={[required(), regex(/^[+-]\d{2}:\d{2}$/, '-06:00')]} />
        </Stack>
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} sx={{ columnGap: 2, width: '100%' }}>
        <TextInput source="name.es" validate={name} />
        <TextInput source="name.en" validate={name} />
      </Stack>
      <ArrayInput source="stages" label="ciclo.template.stages">
        <SimpleFormIterator disableAdd disableRemove disableReordering disableClear getItemLabel={false} sx={{ '& .RaSimpleFormIterator-line': { py: 2 } }}>
          <StageTemplateInputs />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  );
};
