import { NumberInput, required } from 'react-admin';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { ContentForm } from '../plan-budget/ContentForm';
import { FormRow } from '../plan-budget/FormRow';
import { amountRule, yearRule } from '../plan-budget/validators';
import { MonthInput } from '../physical-targets/MonthInput';

/** What a product delivered in one month; execution is recorded while the year runs, so this year by default. */
export const PhysicalExecutionForm = () => (
  <ContentForm defaultValues={{ year: new Date().getFullYear() }}>
    <CodeReferenceInput source="productId" reference="products" required />
    <FormRow>
      <NumberInput source="year" step={1} validate={yearRule} />
      <MonthInput source="month" wholeYear={false} validate={required()} />
      <NumberInput source="quantity" min={0} validate={amountRule} />
    </FormRow>
  </ContentForm>
);
