import { DataTable, SearchInput } from 'react-admin';
import { ContentList, ReferenceColumn, ClassifierColumn } from '../plan-budget/ContentList';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import type { Product } from '../plan-budget/types';

const Column = DataTable.Col<Product>;

export const ProductList = () => {
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <CodeReferenceInput key="result" source="resultId" reference="strategic-results" alwaysOn />,
    <CodeReferenceInput key="parent" source="parentId" reference="products" />,
    <CodeReferenceInput key="category" source="programmaticCategoryId" reference="programmatic-categories" />,
  ];
  return (
    <ContentList<Product> sort={{ field: 'code', order: 'ASC' }} filters={filters}>
      <Column source="code" />
      <Column source="name" />
      <ClassifierColumn source="unitOfMeasure" catalogue="unidadMedida" disableSort />
      <ReferenceColumn source="resultId" reference="strategic-results" />
      <ReferenceColumn source="parentId" reference="products" />
      <ReferenceColumn source="programmaticCategoryId" reference="programmatic-categories" />
    </ContentList>
  );
};
