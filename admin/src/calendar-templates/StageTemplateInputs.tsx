import { Stack } from '@mui/material';
import { BooleanInput, maxLength, minLength, required, TextInput } from 'react-admin';
import { DeadlineRuleInputs } from './DeadlineRuleInputs';
import { NumberListInput } from './NumberListInput';
import { StageItemLabel } from './StageItemLabel';
import { validateReminderDays } from './numberList';

const name = [required(), minLength(3), maxLength(200)];

/**
 * The editable fields of one stage (inside the stages' SimpleFormIterator). Every other field
 * of the stage (code, order, scope, start, approval chain, escalation...) stays in the form's
 * values untouched and is sent back as it came.
 */
export const StageTemplateInputs = () => (
  <Stack sx={{ width: '100%' }}>
    <StageItemLabel />
    <Stack direction={{ xs: 'column', md: 'row' }} sx={{ columnGap: 2 }}>
      <TextInput source="name.es" validate={name} />
      <TextInput source="name.en" validate={name} />
    </Stack>
    <DeadlineRuleInputs />
    <Stack direction={{ xs: 'column', md: 'row' }} sx={{ columnGap: 2, alignItems: { md: 'center' } }}>
      <NumberListInput source="reminderDaysBefore" helperText="ciclo.template.reminder_help" validate={validateReminderDays} />
      <BooleanInput source="hardDeadline" sx={{ minWidth: 240 }} />
    </Stack>
    <Stack direction={{ xs: 'column', md: 'row' }} sx={{ columnGap: 2 }}>
      <TextInput source="deliverable" multiline validate={[required(), minLength(3), maxLength(300)]} />
      <TextInput source="legalBasis" multiline validate={maxLength(300)} />
    </Stack>
  </Stack>
);
