import { DataTable, List, ReferenceField, SearchInput, SelectField, SelectInput } from 'react-admin';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { ContentListActions } from '../plan-budget/ContentListActions';
import type { StrategicResult } from '../plan-budget/types';
import { useContentFilters } from '../plan-budget/useContentFilters';
import { LEVEL_CHOICES, RESULT_KIND_CHOICES } from './choices';

const Column = DataTable.Col<StrategicResult>;

export const StrategicResultList = () => {
  const filters = useContentFilters([
    <SearchInput key="q" source="q" alwaysOn />,
    <CodeReferenceInput key="plan" source="strategicPlanId" reference="strategic-plans" alwaysOn />,
    <SelectInput key="level" source="level" choices={LEVEL_CHOICES} />,
    <SelectInput key="kind" source="kind" choices={RESULT_KIND_CHOICES} />,
    <CodeReferenceInput key="contributesTo" source="contributesToId" reference="strategic-results" />,
  ]);
  return (
    <List<StrategicResult> sort={{ field: 'code', order: 'ASC' }} filters={filters} actions={<ContentListActions />}>
      <DataTable<StrategicResult> bulkActionButtons={false}>
        <Column source="code" />
        <Column source="name" />
        <Column source="level">
          <SelectField source="level" choices={LEVEL_CHOICES} />
        </Column>
        <Column source="kind" disableSort>
          <SelectField source="kind" choices={RESULT_KIND_CHOICES} />
        </Column>
        <Column source="strategicPlanId" disableSort>
          <ReferenceField source="strategicPlanId" reference="strategic-plans" />
        </Column>
        <Column source="contributesToId" disableSort>
          <ReferenceField source="contributesToId" reference="strategic-results" />
        </Column>
      </DataTable>
    </List>
  );
};
