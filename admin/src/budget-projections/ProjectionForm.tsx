import { NumberInput, required } from 'react-admin';
import { ClassifierInput } from '../plan-budget/ClassifierInput';
import { ContentForm } from '../plan-budget/ContentForm';
import { FormRow } from '../plan-budget/FormRow';
import { InstitutionInput } from '../plan-budget/InstitutionInput';
import { amountRule, nextYear, yearRule } from '../plan-budget/validators';

/** One figure of the multi-year projection: for the budgeted year and the four after it. */
export const ProjectionForm = ({ edit = false }: { edit?: boolean }) => (
  <ContentForm defaultValues={{ fiscalYear: nextYear(), year: nextYear() }}>
    <InstitutionInput readOnly={edit} />
    <FormRow>
      <NumberInput source="fiscalYear" step={1} validate={yearRule} />
      <NumberInput source="year" step={1} validate={yearRule} />
    </FormRow>
    <FormRow>
      <ClassifierInput source="sourceCode" catalogue="fuenteFinanciamiento" validate={required()} />
      <NumberInput source="amount" min={0} step={0.01} validate={amountRule} />
    </FormRow>
  </ContentForm>
);
