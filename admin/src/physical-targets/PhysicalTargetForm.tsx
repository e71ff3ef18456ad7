import { NumberInput, required, SelectInput } from 'react-admin';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { ContentForm } from '../plan-budget/ContentForm';
import { FormRow } from '../plan-budget/FormRow';
import { amountRule, nextYear, yearRule } from '../plan-budget/validators';
import { PLAN_CHOICES } from './choices';
import { MonthInput } from './MonthInput';

/** The POA's target for the year (month "Todo el año") or a month; the POM's per year. */
export const PhysicalTargetForm = () => (
  <ContentForm defaultValues={{ plan: 'POA', year: nextYear(), month: 0 }}>
    <CodeReferenceInput source="productId" reference="products" required />
    <FormRow>
      <SelectInput source="plan" choices={PLAN_CHOICES} validate={required()} />
      <NumberInput source="year" step={1} validate={yearRule} />
      <MonthInput source="month" validate={required()} />
      <NumberInput source="quantity" min={0} validate={amountRule} />
    </FormRow>
  </ContentForm>
);
