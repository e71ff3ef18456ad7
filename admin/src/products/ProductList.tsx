import { DataTable, List, ReferenceField, SearchInput } from 'react-admin';
import { ClassifierField } from '../plan-budget/ClassifierField';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { ContentListActions } from '../plan-budget/ContentListActions';
import { InstitutionField } from '../plan-budget/InstitutionField';
import type { Product } from '../plan-budget/types';
import { useContentFilters } from '../plan-budget/useContentFilters';
import { useSeesAllInstitutions } from '../plan-budget/useSeesAllInstitutions';

const Column = DataTable.Col<Product>;

export const ProductList = () => {
  const seesAll = useSeesAllInstitutions();
  const filters = useContentFilters([
    <SearchInput key="q" source="q" alwaysOn />,
    <CodeReferenceInput key="result" source="resultId" reference="strategic-results" alwaysOn />,
    <CodeReferenceInput key="parent" source="parentId" reference="products" />,
    <CodeReferenceInput key="category" source="programmaticCategoryId" reference="programmatic-categories" />,
  ]);
  return (
    <List<Product> sort={{ field: 'code', order: 'ASC' }} filters={filters} actions={<ContentListActions />}>
      <DataTable<Product> bulkActionButtons={false}>
        {seesAll && (
          <Column source="institutionId" disableSort>
            <InstitutionField />
          </Column>
        )}
        <Column source="code" />
        <Column source="name" />
        <Column source="unitOfMeasure" disableSort>
          <ClassifierField source="unitOfMeasure" catalogue="unidadMedida" />
        </Column>
        <Column source="resultId" disableSort>
          <ReferenceField source="resultId" reference="strategic-results" />
        </Column>
        <Column source="parentId" disableSort>
          <ReferenceField source="parentId" reference="products" />
        </Column>
        <Column source="programmaticCategoryId" disableSort>
          <ReferenceField source="programmaticCategoryId" reference="programmatic-categories" />
        </Column>
      </DataTable>
    </List>
  );
};
