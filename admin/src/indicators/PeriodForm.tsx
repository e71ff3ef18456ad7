import { number, NumberInput, required, TextInput } from 'react-admin';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { ContentForm } from '../plan-budget/ContentForm';
import { FormRow } from '../plan-budget/FormRow';
import { OptionalTextInput } from '../plan-budget/OptionalTextInput';
import { periodRule } from './periodRule';

/** An indicator's target or measurement for a period. */
export const PeriodForm = ({ withNote = false }: { withNote?: boolean }) => (
  <ContentForm>
    <CodeReferenceInput source="indicatorId" reference="indicators" required />
    <FormRow>
      <TextInput source="period" validate={periodRule} helperText="ciclo.content.period_help" />
      <NumberInput source="value" validate={[required(), number()]} />
    </FormRow>
    {withNote && <OptionalTextInput source="note" />}
  </ContentForm>
);
