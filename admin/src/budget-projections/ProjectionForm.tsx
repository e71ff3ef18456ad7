import { NumberInput, required } from 'react-admin';
import { ClassifierInput } from '../content/ClassifierInput';
import { ContentForm } from '../content/ContentForm';
import { FormRow } from '../content/FormRow';
import { InstitutionInput } from '../content/InstitutionInput';
import { amountRule, nextYear, yearRule } from '../content/validators';

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
