import { DataTable, List, NumberField, ReferenceField, SearchInput, SelectField, SelectInput } from 'react-admin';
import { ClassifierField } from '../plan-budget/ClassifierField';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { ContentListActions } from '../plan-budget/ContentListActions';
import { InstitutionField } from '../plan-budget/InstitutionField';
import type { Indicator } from '../plan-budget/types';
import { useContentFilters } from '../plan-budget/useContentFilters';
import { useSeesAllInstitutions } from '../plan-budget/useSeesAllInstitutions';
import { DIRECTION_CHOICES, FREQUENCY_CHOICES, INDICATOR_LEVEL_CHOICES } from './choices';

const Column = DataTable.Col<Indicator>;

export const IndicatorList = () => {
  const seesAll = useSeesAllInstitutions();
  const filters = useContentFilters([
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="level" source="level" choices={INDICATOR_LEVEL_CHOICES} alwaysOn />,
    <CodeReferenceInput key="result" source="resultId" reference="strategic-results" />,
    <CodeReferenceInput key="product" source="productId" reference="products" />,
    <SelectInput key="direction" source="direction" choices={DIRECTION_CHOICES} />,
  ]);
  return (
    <List<Indicator> sort={{ field: 'code', order: 'ASC' }} filters={filters} actions={<ContentListActions />}>
      <DataTable<Indicator> bulkActionButtons={false}>
        {seesAll && (
          <Column source="institutionId" disableSort>
            <InstitutionField />
          </Column>
        )}
        <Column source="code" />
        <Column source="name" />
        <Column source="level">
          <SelectField source="level" choices={INDICATOR_LEVEL_CHOICES} />
        </Column>
        <Column source="unitOfMeasure" disableSort>
          <ClassifierField source="unitOfMeasure" catalogue="unidadMedida" />
        </Column>
        <Column source="baselineValue" disableSort align="right">
          <NumberField source="baselineValue" />
        </Column>
        <Column source="frequency" disableSort>
          <SelectField source="frequency" choices={FREQUENCY_CHOICES} />
        </Column>
        <Column source="direction" disableSort>
          <SelectField source="direction" choices={DIRECTION_CHOICES} />
        </Column>
        <Column source="resultId" disableSort>
          <ReferenceField source="resultId" reference="strategic-results" emptyText="—" />
        </Column>
        <Column source="productId" disableSort>
          <ReferenceField source="productId" reference="products" emptyText="—" />
        </Column>
      </DataTable>
    </List>
  );
};
