import { TextInput } from 'react-admin';
import { ClassifierInput } from '../plan-budget/ClassifierInput';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { ContentForm } from '../plan-budget/ContentForm';
import { FormRow } from '../plan-budget/FormRow';
import { InstitutionInput } from '../plan-budget/InstitutionInput';
import { OptionalTextInput } from '../plan-budget/OptionalTextInput';
import { codeRule, nameRule } from '../plan-budget/validators';

/** A product, or a sub-product when it has a parent product (then it serves its parent's result). */
export const ProductForm = ({ edit = false }: { edit?: boolean }) => (
  <ContentForm>
    <InstitutionInput readOnly={edit} />
    <FormRow>
      <TextInput source="code" validate={codeRule} />
      <ClassifierInput source="unitOfMeasure" catalogue="unidadMedida" />
    </FormRow>
    <TextInput source="name" validate={nameRule} multiline />
    <OptionalTextInput source="beneficiaries" />
    <CodeReferenceInput source="resultId" reference="strategic-results" />
    <CodeReferenceInput source="parentId" reference="products" />
    <CodeReferenceInput source="programmaticCategoryId" reference="programmatic-categories" />
  </ContentForm>
);
