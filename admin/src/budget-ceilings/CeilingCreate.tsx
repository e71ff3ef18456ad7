import { NumberInput, required } from 'react-admin';
import { ClassifierInput } from '../content/ClassifierInput';
import { ContentCreate } from '../content/ContentCreate';
import { ContentForm } from '../content/ContentForm';
import { FormRow } from '../content/FormRow';
import { InstitutionInput } from '../content/InstitutionInput';
import { OptionalTextInput } from '../content/OptionalTextInput';
import { amountRule, nextYear, yearRule } from '../content/validators';

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
