import { BooleanInput, NumberInput, required } from 'react-admin';
import { ClassifierInput } from '../plan-budget/ClassifierInput';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { ContentForm } from '../plan-budget/ContentForm';
import { FormRow } from '../plan-budget/FormRow';
import { InstitutionInput } from '../plan-budget/InstitutionInput';
import { amountRule, nextYear, optionalAmountRule, yearRule } from '../plan-budget/validators';
import { CategoryOfYearInput } from './CategoryOfYearInput';
import { InputCostHint } from './InputCostHint';

/**
 * A budget line: category × renglón × fuente × departamento, linked to a product (or marked as
 * central activities), with its programmed amount and, when known, execution's figures.
 */
export const BudgetLineForm = ({ edit = false }: { edit?: boolean }) => (
  <ContentForm defaultValues={{ fiscalYear: nextYear(), geographyCode: '00', centralActivities: false }}>
    <InstitutionInput readOnly={edit} />
    <NumberInput source="fiscalYear" step={1} validate={yearRule} />
    <CategoryOfYearInput />
    <FormRow>
      <ClassifierInput source="objectCode" catalogue="objetoGasto" validate={required()} />
      <ClassifierInput source="sourceCode" catalogue="fuenteFinanciamiento" validate={required()} />
      <ClassifierInput source="geographyCode" catalogue="geografia" validate={required()} />
    </FormRow>
    <CodeReferenceInput source="productId" reference="products" />
    <BooleanInput source="centralActivities" helperText="ciclo.content.central_activities_help" />
    <FormRow>
      <NumberInput source="inputQuantity" min={0} validate={optionalAmountRule} />
      <NumberInput source="unitPrice" min={0} step={0.01} validate={optionalAmountRule} />
      <NumberInput source="amount" min={0} step={0.01} validate={amountRule} />
    </FormRow>
    <InputCostHint />
    <FormRow>
      <NumberInput source="asignado" min={0} step={0.01} validate={optionalAmountRule} />
      <NumberInput source="modificado" min={0} step={0.01} validate={optionalAmountRule} />
      <NumberInput source="vigente" min={0} step={0.01} validate={optionalAmountRule} />
    </FormRow>
    <FormRow>
      <NumberInput source="devengado" min={0} step={0.01} validate={optionalAmountRule} />
      <NumberInput source="pagado" min={0} step={0.01} validate={optionalAmountRule} />
    </FormRow>
  </ContentForm>
);
