import { DataTable, List, ReferenceField, SearchInput } from 'react-admin';
import { ClassifierField } from '../content/ClassifierField';
import { CodeReferenceInput } from '../content/CodeReferenceInput';
import { ContentListActions } from '../content/ContentListActions';
import { InstitutionField } from '../content/InstitutionField';
import type { Product } from '../content/types';
import { useContentFilters } from '../content/useContentFilters';
import { useSeesAllInstitutions } from '../content/useSeesAllInstitutions';

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
