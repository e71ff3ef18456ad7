import { DataTable, NumberField, SearchInput, SelectField, SelectInput } from 'react-admin';
import { ContentList, ReferenceColumn, ClassifierColumn } from '../plan-budget/ContentList';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import type { Indicator } from '../plan-budget/types';
import { DIRECTION_CHOICES, FREQUENCY_CHOICES, INDICATOR_LEVEL_CHOICES } from './choices';

const Column = DataTable.Col<Indicator>;

export const IndicatorList = () => {
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="level" source="level" choices={INDICATOR_LEVEL_CHOICES} alwaysOn />,
    <CodeReferenceInput key="result" source="resultId" reference="strategic-results" />,
    <CodeReferenceInput key="product" source="productId" reference="products" />,
    <SelectInput key="direction" source="direction" choices={DIRECTION_CHOICES} />,
  ];
  return (
    <ContentList<Indicator> sort={{ field: 'code', order: 'ASC' }} filters={filters}>
      <Column source="code" />
      <Column source="name" />
      <Column source="level">
        <SelectField source="level" choices={INDICATOR_LEVEL_CHOICES} />
      </Column>
      <ClassifierColumn source="unitOfMeasure" catalogue="unidadMedida" disableSort />
      <Column source="baselineValue" disableSort align="right">
        <NumberField source="baselineValue" />
      </Column>
      <Column source="frequency" disableSort>
        <SelectField source="frequency" choices={FREQUENCY_CHOICES} />
      </Column>
      <Column source="direction" disableSort>
        <SelectField source="direction" choices={DIRECTION_CHOICES} />
      </Column>
      <ReferenceColumn source="resultId" reference="strategic-results" emptyText="—" />
      <ReferenceColumn source="productId" reference="products" emptyText="—" />
    </ContentList>
  );
};
