import { DataTable, List, NumberInput } from 'react-admin';
import { ClassifierField } from '../content/ClassifierField';
import { ClassifierInput } from '../content/ClassifierInput';
import { ContentListActions } from '../content/ContentListActions';
import { PLAIN_NUMBER, QUETZALES } from '../content/format';
import { InstitutionField } from '../content/InstitutionField';
import { useContentFilters } from '../content/useContentFilters';
import { useSeesAllInstitutions } from '../content/useSeesAllInstitutions';

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
