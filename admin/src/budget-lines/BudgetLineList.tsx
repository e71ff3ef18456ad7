import { BooleanField, DataTable, List, NullableBooleanInput, NumberInput, ReferenceField } from 'react-admin';
import { ClassifierField } from '../plan-budget/ClassifierField';
import { ClassifierInput } from '../plan-budget/ClassifierInput';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { ContentListActions } from '../plan-budget/ContentListActions';
import { PLAIN_NUMBER, QUETZALES } from '../plan-budget/format';
import { InstitutionField } from '../plan-budget/InstitutionField';
import type { BudgetLine } from '../plan-budget/types';
import { useContentFilters } from '../plan-budget/useContentFilters';
import { useSeesAllInstitutions } from '../plan-budget/useSeesAllInstitutions';

const Column = DataTable.Col<BudgetLine>;
const Money = DataTable.NumberCol<BudgetLine>;

export const BudgetLineList = () => {
  const seesAll = useSeesAllInstitutions();
  const filters = useContentFilters([
    <NumberInput key="fiscalYear" source="fiscalYear" step={1} alwaysOn />,
    <CodeReferenceInput key="category" source="categoryId" reference="programmatic-categories" alwaysOn />,
    <ClassifierInput key="object" source="objectCode" catalogue="objetoGasto" />,
    <ClassifierInput key="source" source="sourceCode" catalogue="fuenteFinanciamiento" />,
    <ClassifierInput key="geography" source="geographyCode" catalogue="geografia" />,
    <CodeReferenceInput key="product" source="productId" reference="products" />,
    <NullableBooleanInput key="central" source="centralActivities" />,
  ]);
  return (
    <List<BudgetLine> sort={{ field: 'objectCode', order: 'ASC' }} perPage={50} filters={filters} actions={<ContentListActions />}>
      <DataTable<BudgetLine> bulkActionButtons={false}>
        {seesAll && (
          <Column source="institutionId" disableSort>
            <InstitutionField />
          </Column>
        )}
        <DataTable.NumberCol<BudgetLine> source="fiscalYear" {...PLAIN_NUMBER} />
        <Column source="categoryId" disableSort>
          <ReferenceField source="categoryId" reference="programmatic-categories" />
        </Column>
        <Column source="objectCode">
          <ClassifierField source="objectCode" catalogue="objetoGasto" />
        </Column>
        <Column source="sourceCode">
          <ClassifierField source="sourceCode" catalogue="fuenteFinanciamiento" />
        </Column>
        <Column source="geographyCode" disableSort>
          <ClassifierField source="geographyCode" catalogue="geografia" />
        </Column>
        <Column source="productId" disableSort>
          <ReferenceField source="productId" reference="products" emptyText="—" />
        </Column>
        <Column source="centralActivities" disableSort>
          <BooleanField source="centralActivities" />
        </Column>
        <Money source="amount" {...QUETZALES} />
        <Money source="vigente" {...QUETZALES} disableSort />
        <Money source="devengado" {...QUETZALES} disableSort />
      </DataTable>
    </List>
  );
};
