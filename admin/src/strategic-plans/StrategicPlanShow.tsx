import { NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { PLAIN_NUMBER } from '../plan-budget/format';
import { InstitutionField } from '../plan-budget/InstitutionField';
import type { StrategicPlan } from '../plan-budget/types';
import { PlanResults } from './PlanResults';

export const StrategicPlanShow = () => (
  <Show<StrategicPlan>>
    <SimpleShowLayout>
      <InstitutionField label="resources.strategic-plans.fields.institutionId" />
      <TextField source="code" />
      <TextField source="name" />
      <NumberField source="startYear" {...PLAIN_NUMBER} />
      <NumberField source="endYear" {...PLAIN_NUMBER} />
      <TextField source="mission" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="vision" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <PlanResults label="ciclo.content.section.results" />
    </SimpleShowLayout>
  </Show>
);
