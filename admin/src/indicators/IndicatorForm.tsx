import { NumberInput, required, SelectInput, TextInput } from 'react-admin';
import { ClassifierInput } from '../plan-budget/ClassifierInput';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { ContentForm } from '../plan-budget/ContentForm';
import { FormRow } from '../plan-budget/FormRow';
import { InstitutionInput } from '../plan-budget/InstitutionInput';
import { OptionalTextInput } from '../plan-budget/OptionalTextInput';
import { codeRule, nameRule, optionalYearRule } from '../plan-budget/validators';
import { DIRECTION_CHOICES, FREQUENCY_CHOICES, INDICATOR_LEVEL_CHOICES } from './choices';

/** An indicator's sheet (ficha): what it measures, how, its baseline and what it belongs to. */
export const IndicatorForm = ({ edit = false }: { edit?: boolean }) => (
  <ContentForm defaultValues={{ frequency: 'anual', direction: 'higher' }}>
    <InstitutionInput readOnly={edit} />
    <FormRow>
      <TextInput source="code" validate={codeRule} />
      <SelectInput source="level" choices={INDICATOR_LEVEL_CHOICES} validate={required()} />
    </FormRow>
    <TextInput source="name" validate={nameRule} multiline />
    <OptionalTextInput source="formula" />
    <FormRow>
      <OptionalTextInput source="numerator" />
      <OptionalTextInput source="denominator" />
    </FormRow>
    <FormRow>
      <ClassifierInput source="unitOfMeasure" catalogue="unidadMedida" />
      <NumberInput source="baselineValue" />
      <NumberInput source="baselineYear" step={1} validate={optionalYearRule} />
    </FormRow>
    <FormRow>
      <SelectInput source="frequency" choices={FREQUENCY_CHOICES} validate={required()} />
      <SelectInput source="direction" choices={DIRECTION_CHOICES} validate={required()} />
    </FormRow>
    <OptionalTextInput source="source" />
    <OptionalTextInput source="meansOfVerification" />
    <OptionalTextInput source="owner" multiline={false} />
    <CodeReferenceInput source="resultId" reference="strategic-results" />
    <CodeReferenceInput source="productId" reference="products" />
  </ContentForm>
);
