import { DataTable, NumberInput, SearchInput } from 'react-admin';
import { ContentList, ReferenceColumn } from '../plan-budget/ContentList';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { PLAIN_NUMBER } from '../plan-budget/format';
import type { ProgrammaticCategory } from '../plan-budget/types';

const Column = DataTable.Col<ProgrammaticCategory>;

export const CategoryList = () => {
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <NumberInput key="fiscalYear" source="fiscalYear" step={1} alwaysOn />,
    <NumberInput key="programa" source="programa" step={1} />,
    <CodeReferenceInput key="parent" source="parentId" reference="programmatic-categories" />,
  ];
  return (
    <ContentList<ProgrammaticCategory> sort={{ field: 'code', order: 'ASC' }} perPage={50} filters={filters}>
      <DataTable.NumberCol<ProgrammaticCategory> source="fiscalYear" {...PLAIN_NUMBER} />
      <Column source="code" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }} />
      <Column source="name" />
      <ReferenceColumn source="parentId" reference="programmatic-categories" />
    </ContentList>
  );
};
