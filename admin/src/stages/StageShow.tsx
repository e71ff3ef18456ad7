import { NumberField, Show, TabbedShowLayout, TextField } from 'react-admin';
import type { Stage } from '../types';
import { DateTimeField } from '../fields/DateTimeField';
import { ApprovalChainField } from './ApprovalChainField';
import { DeadlineField } from './DeadlineField';
import { DeliveryTabLoader } from './delivery/DeliveryTabLoader';
import { InstitutionField } from './InstitutionField';
import { StageHistory } from './StageHistory';
import { StageObservations } from './StageObservations';
import { StageShowActions } from './StageShowActions';
import { StageStatusField } from './StageStatusField';

export const StageShow = () => (
  <Show<Stage> actions={<StageShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="ciclo.stage.summary_tab">
        <InstitutionField label="resources.stages.fields.institutionName" />
        <TextField source="name" />
        <TextField source="code" />
        <NumberField source="fiscalYear" options={{ useGrouping: false }} />
        <StageStatusField label="resources.stages.fields.status" />
        <NumberField source="version" />
        <ApprovalChainField label="ciclo.stage.approval_chain" />
        <DeadlineField label="resources.stages.fields.deadline" />
        <TextField source="lastComment" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <DateTimeField source="updatedAt" label="resources.stages.fields.updatedAt" />
        <StageHistory label="ciclo.stage.history" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="ciclo.delivery.tab" path="entrega">
        <DeliveryTabLoader label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="ciclo.stage.observations" path="observaciones">
        <StageObservations label={false} />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
