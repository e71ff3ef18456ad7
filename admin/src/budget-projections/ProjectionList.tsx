import { DataTable, List, NumberInput } from 'react-admin';
import { ClassifierField } from '../plan-budget/ClassifierField';
import { ClassifierInput } from '../plan-budget/ClassifierInput';
import { ContentListActions } from '../plan-budget/ContentListActions';
import { PLAIN_NUMBER, QUETZALES } from '../plan-budget/format';
import { InstitutionField } from '../plan-budget/InstitutionField';
import { useContentFilters } from '../plan-budget/useContentFilters';
import { useSeesAllInstitutions } from '../plan-budget/useSeesAllInstitutions';

interface Projection {
  id: string;
  institutionId: string;
  fiscalYear: number;
  year: number;
  sourceCode: string;
  amount: number;
}

const Column = DataTable.Col<Projection>;

export const ProjectionList = () => {
  const seesAll = useSeesAllInstitutions();
  const filters = useContentFilters([
    <NumberInput key="fiscalYear" source="fiscalYear" step={1} alwaysOn />,
    <NumberInput key="year" source="year" step={1} alwaysOn />,
    <ClassifierInput key="source" source="sourceCode" catalogue="fuenteFinanciamiento" />,
  ]);
  return (
    <List<Projection> sort={{ field: 'year', order: 'ASC' }} filters={filters} actions={<ContentListActions />}>
      <DataTable<Projection> bulkActionButtons={false}>
        {seesAll && (
          <Column source="institutionId" disableSort>
            <InstitutionField />
          </Column>
        )}
        <DataTable.NumberCol<Projection> source="fiscalYear" {...PLAIN_NUMBER} disableSort />
        <DataTable.NumberCol<Projection> source="year" {...PLAIN_NUMBER} />
        <Column source="sourceCode">
          <ClassifierField source="sourceCode" catalogue="fuenteFinanciamiento" />
        </Column>
        <DataTable.NumberCol<Projection> source="amount" {...QUETZALES} />
      </DataTable>
    </List>
  );
};
