import { NumberInput, required } from 'react-admin';
import { ClassifierInput } from '../plan-budget/ClassifierInput';
import { ContentCreate } from '../plan-budget/ContentCreate';
import { ContentForm } from '../plan-budget/ContentForm';
import { FormRow } from '../plan-budget/FormRow';
import { InstitutionInput } from '../plan-budget/InstitutionInput';
import { OptionalTextInput } from '../plan-budget/OptionalTextInput';
import { amountRule, nextYear, yearRule } from '../plan-budget/validators';

/** A ceiling's new figure (the API numbers the version). Coordinators only. */
export const CeilingCreate = () => (
  <ContentCreate>
    <ContentForm defaultValues={{ fiscalYear: nextYear() }}>
      <InstitutionInput />
      <FormRow>
        <NumberInput source="fiscalYear" step={1} validate={yearRule} />
        <ClassifierInput source="sourceCode" catalogue="fuenteFinanciamiento" validate={required()} />
        <NumberInput source="amount" min={0} step={0.01} validate={amountRule} />
      </FormRow>
      <OptionalTextInput source="note" />
    </ContentForm>
  </ContentCreate>
);
