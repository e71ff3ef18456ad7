import { EmptyNote } from '../plan-budget/EmptyNote';
import { CreateButton, DataTable, ReferenceField, ReferenceManyField, SelectField, useRecordContext } from 'react-admin';
import type { StrategicPlan, StrategicResult } from '../plan-budget/types';
import { LEVEL_CHOICES, RESULT_KIND_CHOICES } from '../strategic-results/choices';

const Column = DataTable.Col<StrategicResult>;

/** The plan's results and their logic model, with "Crear" prefilled with the plan. */
export const PlanResults = (_props: { label?: string }) => {
  const plan = useRecordContext<StrategicPlan>();
  if (!plan) return null;
  return (
    <>
      <CreateButton resource="strategic-results" state={{ record: { strategicPlanId: plan.id } }} />
      <ReferenceManyField<StrategicPlan, StrategicResult> reference="strategic-results" target="strategicPlanId" sort={{ field: 'code', order: 'ASC' }} perPage={100}>
        <DataTable<StrategicResult> bulkActionButtons={false} empty={<EmptyNote />}>
          <Column source="code" />
          <Column source="name" />
          <Column source="level">
            <SelectField source="level" choices={LEVEL_CHOICES} />
          </Column>
          <Column source="kind" disableSort>
            <SelectField source="kind" choices={RESULT_KIND_CHOICES} />
          </Column>
          <Column source="contributesToId" disableSort>
            <ReferenceField source="contributesToId" reference="strategic-results" />
          </Column>
        </DataTable>
      </ReferenceManyField>
    </>
  );
};
