import { DataTable, List, NumberInput, TextField } from 'react-admin';
import { ClassifierField } from '../plan-budget/ClassifierField';
import { ClassifierInput } from '../plan-budget/ClassifierInput';
import { ContentListActions } from '../plan-budget/ContentListActions';
import { PLAIN_NUMBER, QUETZALES } from '../plan-budget/format';
import { InstitutionField } from '../plan-budget/InstitutionField';
import { useContentFilters } from '../plan-budget/useContentFilters';
import { DateTimeField } from '../fields/DateTimeField';

interface Ceiling {
  id: string;
  institutionId: string;
  sourceCode: string;
  fiscalYear: number;
  version: number;
  amount: number;
  note: string;
  createdAt: string;
}

const Column = DataTable.Col<Ceiling>;

/** Every version of every ceiling, newest first: a new figure is a new version, never an edit. */
export const CeilingList = () => {
  const filters = useContentFilters([
    <NumberInput key="fiscalYear" source="fiscalYear" step={1} alwaysOn />,
    <ClassifierInput key="source" source="sourceCode" catalogue="fuenteFinanciamiento" alwaysOn />,
    <NumberInput key="version" source="version" step={1} />,
  ]);
  return (
    <List<Ceiling> sort={{ field: 'createdAt', order: 'DESC' }} filters={filters} actions={<ContentListActions />}>
      <DataTable<Ceiling> bulkActionButtons={false} rowClick={false}>
        <Column source="institutionId" disableSort>
          <InstitutionField />
        </Column>
        <DataTable.NumberCol<Ceiling> source="fiscalYear" {...PLAIN_NUMBER} />
        <Column source="sourceCode">
          <ClassifierField source="sourceCode" catalogue="fuenteFinanciamiento" />
        </Column>
        <DataTable.NumberCol<Ceiling> source="version" />
        <DataTable.NumberCol<Ceiling> source="amount" {...QUETZALES} />
        <Column source="note" disableSort>
          <TextField source="note" sx={{ whiteSpace: 'pre-wrap' }} />
        </Column>
        <Column source="createdAt">
          <DateTimeField source="createdAt" />
        </Column>
      </DataTable>
    </List>
  );
};
