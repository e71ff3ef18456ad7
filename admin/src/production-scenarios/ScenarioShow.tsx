import { NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { PLAIN_NUMBER } from '../plan-budget/format';
import { InstitutionField } from '../plan-budget/InstitutionField';
import type { ProductionScenario } from '../plan-budget/types';
import { ScenarioItems } from './ScenarioItems';

export const ScenarioShow = () => (
  <Show<ProductionScenario>>
    <SimpleShowLayout>
      <InstitutionField label="resources.production-scenarios.fields.institutionId" />
      <NumberField source="fiscalYear" {...PLAIN_NUMBER} />
      <TextField source="name" />
      <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <ScenarioItems label="ciclo.content.section.items" />
    </SimpleShowLayout>
  </Show>
);
