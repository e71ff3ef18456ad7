import { TextInput } from 'react-admin';
import { ClassifierInput } from '../content/ClassifierInput';
import { CodeReferenceInput } from '../content/CodeReferenceInput';
import { ContentForm } from '../content/ContentForm';
import { FormRow } from '../content/FormRow';
import { InstitutionInput } from '../content/InstitutionInput';
import { OptionalTextInput } from '../content/OptionalTextInput';
import { codeRule, nameRule } from '../content/validators';

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
