import { NumberInput, TextInput } from 'react-admin';
import { ContentForm } from '../plan-budget/ContentForm';
import { FormRow } from '../plan-budget/FormRow';
import { InstitutionInput } from '../plan-budget/InstitutionInput';
import { nameRule, nextYear, yearRule } from '../plan-budget/validators';
import { CategoryCodePreview } from './CategoryCodePreview';
import { partRule } from './partRule';

/**
 * A category of the programmatic network: programa > subprograma > proyecto > actividad / obra.
 * The API derives its code (11-00-000-001-000) and its parent from the parts.
 */
export const CategoryForm = ({ edit = false }: { edit?: boolean }) => (
  <ContentForm defaultValues={{ fiscalYear: nextYear(), subPrograma: 0, proyecto: 0, actividad: 0, obra: 0 }}>
    <InstitutionInput readOnly={edit} />
    <NumberInput source="fiscalYear" step={1} validate={yearRule} />
    <FormRow>
      <NumberInput source="programa" step={1} validate={partRule(99, 1)} />
      <NumberInput source="subPrograma" step={1} validate={partRule(99)} />
      <NumberInput source="proyecto" step={1} validate={partRule(999)} />
      <NumberInput source="actividad" step={1} validate={partRule(999)} />
      <NumberInput source="obra" step={1} validate={partRule(999)} />
    </FormRow>
    <CategoryCodePreview />
    <TextInput source="name" validate={nameRule} multiline />
  </ContentForm>
);
