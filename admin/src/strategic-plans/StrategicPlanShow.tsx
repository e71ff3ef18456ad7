import { NumberField, TextField } from 'react-admin';
import { PLAIN_NUMBER } from '../plan-budget/format';
import { ContentShow } from '../plan-budget/ContentShow';
import type { StrategicPlan } from '../plan-budget/types';
import { PlanResults } from './PlanResults';

export const StrategicPlanShow = () => (
  <ContentShow<StrategicPlan> resource="strategic-plans">
    <NumberField source="startYear" {...PLAIN_NUMBER} />
    <NumberField source="endYear" {...PLAIN_NUMBER} />
    <TextField source="mission" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
    <TextField source="vision" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
    <PlanResults label="ciclo.content.section.results" />
  </ContentShow>
);
