import { BooleanInput, SaveButton, SelectInput, SimpleForm, TextInput, Toolbar, required } from 'react-admin';
import { FormRow } from '../plan-budget/FormRow';
import { KIND_CHOICES } from './choices';
import { CoordinatorCodesInput } from './CoordinatorCodesInput';
import { budgetEntityRule, codeRule, departmentRule, municipalityRule, nameRule, sectorRule, shortNameRule } from './validators';

const defaultValues = { kind: 'ministry', timeZone: 'America/Guatemala', active: true, coordinatorCodes: [] };

/** No delete: an institution keeps its history and is deactivated instead. */
const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** The fields of POST and PUT /api/institutions. */
export const InstitutionForm = () => (
  <SimpleForm defaultValues={defaultValues} toolbar={<SaveOnly />} sx={{ maxWidth: 760 }}>
    <FormRow>
      <TextInput source="code" validate={codeRule} helperText="ciclo.institution.code_help" />
      <TextInput source="shortName" validate={shortNameRule} />
      <TextInput source="budgetEntityCode" validate={budgetEntityRule} helperText="ciclo.institution.budget_entity_help" />
    </FormRow>
    <TextInput source="name" validate={nameRule} />
    <FormRow>
      <SelectInput source="kind" choices={KIND_CHOICES} validate={required()} />
      <TextInput source="sector" validate={sectorRule} />
    </FormRow>
    <FormRow>
      <TextInput source="departmentCode" validate={departmentRule} helperText="ciclo.institution.department_help" />
      <TextInput source="municipalityCode" validate={municipalityRule} helperText="ciclo.institution.municipality_help" />
      <TextInput source="timeZone" validate={required()} helperText="ciclo.institution.time_zone_help" />
    </FormRow>
    <CoordinatorCodesInput source="coordinatorCodes" />
    <BooleanInput source="active" helperText="ciclo.institution.active_help" />
  </SimpleForm>
);
