import { DataTable, List, NumberInput, ReferenceField, SearchInput } from 'react-admin';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { ContentListActions } from '../plan-budget/ContentListActions';
import { PLAIN_NUMBER } from '../plan-budget/format';
import { InstitutionField } from '../plan-budget/InstitutionField';
import type { ProgrammaticCategory } from '../plan-budget/types';
import { useContentFilters } from '../plan-budget/useContentFilters';
import { useSeesAllInstitutions } from '../plan-budget/useSeesAllInstitutions';

const Column = DataTable.Col<ProgrammaticCategory>;

export const CategoryList = () => {
  const seesAll = useSeesAllInstitutions();
  const filters = useContentFilters([
    <SearchInput key="q" source="q" alwaysOn />,
    <NumberInput key="fiscalYear" source="fiscalYear" step={1} alwaysOn />,
    <NumberInput key="programa" source="programa" step={1} />,
    <CodeReferenceInput key="parent" source="parentId" reference="programmatic-categories" />,
  ]);
  return (
    <List<ProgrammaticCategory> sort={{ field: 'code', order: 'ASC' }} perPage={50} filters={filters} actions={<ContentListActions />}>
      <DataTable<ProgrammaticCategory> bulkActionButtons={false}>
        {seesAll && (
          <Column source="institutionId" disableSort>
            <InstitutionField />
          </Column>
        )}
        <DataTable.NumberCol<ProgrammaticCategory> source="fiscalYear" {...PLAIN_NUMBER} />
        <Column source="code" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }} />
        <Column source="name" />
        <Column source="parentId" disableSort>
          <ReferenceField source="parentId" reference="programmatic-categories" />
        </Column>
      </DataTable>
    </List>
  );
};
