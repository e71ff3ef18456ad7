import { BooleanField, DataTable, NullableBooleanInput, NumberInput } from 'react-admin';
import { ContentList, ReferenceColumn, ClassifierColumn } from '../plan-budget/ContentList';
import { ClassifierInput } from '../plan-budget/ClassifierInput';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { PLAIN_NUMBER, QUETZALES } from '../plan-budget/format';
import type { BudgetLine } from '../plan-budget/types';

const Column = DataTable.Col<BudgetLine>;
const Money = DataTable.NumberCol<BudgetLine>;

export const BudgetLineList = () => {
  const filters = [
    <NumberInput key="fiscalYear" source="fiscalYear" step={1} alwaysOn />,
    <CodeReferenceInput key="category" source="categoryId" reference="programmatic-categories" alwaysOn />,
    <ClassifierInput key="object" source="objectCode" catalogue="objetoGasto" />,
    <ClassifierInput key="source" source="sourceCode" catalogue="fuenteFinanciamiento" />,
    <ClassifierInput key="geography" source="geographyCode" catalogue="geografia" />,
    <CodeReferenceInput key="product" source="productId" reference="products" />,
    <NullableBooleanInput key="central" source="centralActivities" />,
  ];
  return (
    <ContentList<BudgetLine> sort={{ field: 'objectCode', order: 'ASC' }} perPage={50} filters={filters}>
      <DataTable.NumberCol<BudgetLine> source="fiscalYear" {...PLAIN_NUMBER} />
      <ReferenceColumn source="categoryId" reference="programmatic-categories" />
      <ClassifierColumn source="objectCode" catalogue="objetoGasto" />
      <ClassifierColumn source="sourceCode" catalogue="fuenteFinanciamiento" />
      <ClassifierColumn source="geographyCode" catalogue="geografia" disableSort />
      <ReferenceColumn source="productId" reference="products" emptyText="—" />
      <Column source="centralActivities" disableSort>
        <BooleanField source="centralActivities" />
      </Column>
      <Money source="amount" {...QUETZALES} />
      <Money source="vigente" {...QUETZALES} disableSort />
      <Money source="devengado" {...QUETZALES} disableSort />
    </ContentList>
  );
};
