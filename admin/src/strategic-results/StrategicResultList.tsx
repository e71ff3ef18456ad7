import { DataTable, SearchInput, SelectField, SelectInput } from 'react-admin';
import { ContentList, ReferenceColumn } from '../plan-budget/ContentList';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import type { StrategicResult } from '../plan-budget/types';
import { LEVEL_CHOICES, RESULT_KIND_CHOICES } from './choices';

const Column = DataTable.Col<StrategicResult>;

export const StrategicResultList = () => {
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <CodeReferenceInput key="plan" source="strategicPlanId" reference="strategic-plans" alwaysOn />,
    <SelectInput key="level" source="level" choices={LEVEL_CHOICES} />,
    <SelectInput key="kind" source="kind" choices={RESULT_KIND_CHOICES} />,
    <CodeReferenceInput key="contributesTo" source="contributesToId" reference="strategic-results" />,
  ];
  return (
    <ContentList<StrategicResult> sort={{ field: 'code', order: 'ASC' }} filters={filters} institutionColumn="never">
      <Column source="code" />
      <Column source="name" />
      <Column source="level">
        <SelectField source="level" choices={LEVEL_CHOICES} />
      </Column>
      <Column source="kind" disableSort>
        <SelectField source="kind" choices={RESULT_KIND_CHOICES} />
      </Column>
      <ReferenceColumn source="strategicPlanId" reference="strategic-plans" />
      <ReferenceColumn source="contributesToId" reference="strategic-results" />
    </ContentList>
  );
};
