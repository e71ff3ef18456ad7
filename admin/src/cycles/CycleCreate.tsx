import { Create, maxValue, minValue, NumberInput, required, SimpleForm } from 'react-admin';
import { InstitutionFilterInputs } from './InstitutionFilterInputs';
import { TemplateCodeInput } from './TemplateCodeInput';
import { toStartRequest } from './toStartRequest';

/** Planning for fiscal year t runs through t-1: the next cycle to start is usually t = now + 2. */
const defaultValues = () => ({
  fiscalYear: new Date().getFullYear() + 2,
  institutionFilter: { kinds: [], sectors: [], departmentCodes: [] },
});

// Reachable by coordinators and admins only (authProvider.canAccess); the API checks again.
export const CycleCreate = () => (
  <Create redirect="show" transform={toStartRequest}>
    <SimpleForm defaultValues={defaultValues} sx={{ maxWidth: 720 }}>
      <NumberInput source="fiscalYear" step={1} validate={[required(), minValue(2000), maxValue(2100)]} />
      <TemplateCodeInput source="templateCode" validate={required()} />
      <InstitutionFilterInputs />
      <NumberInput source="timeScale" step={1} validate={[minValue(1), maxValue(10_000_000)]} helperText="ciclo.cycle.time_scale_help" />
    </SimpleForm>
  </Create>
);
