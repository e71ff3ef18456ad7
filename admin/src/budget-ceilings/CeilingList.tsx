import { DataTable, NumberInput, TextField } from 'react-admin';
import { ContentList, ClassifierColumn } from '../plan-budget/ContentList';
import { ClassifierInput } from '../plan-budget/ClassifierInput';
import { PLAIN_NUMBER, QUETZALES } from '../plan-budget/format';
import { DateTimeField } from '../fields/DateTimeField';
import type { BudgetCeiling } from '../plan-budget/types';

type Ceiling = BudgetCeiling;

const Column = DataTable.Col<Ceiling>;

/** Every version of every ceiling, newest first: a new figure is a new version, never an edit. */
export const CeilingList = () => {
  const filters = [
    <NumberInput key="fiscalYear" source="fiscalYear" step={1} alwaysOn />,
    <ClassifierInput key="source" source="sourceCode" catalogue="fuenteFinanciamiento" alwaysOn />,
    <NumberInput key="version" source="version" step={1} />,
  ];
  return (
    <ContentList<Ceiling> sort={{ field: 'createdAt', order: 'DESC' }} filters={filters} rowClick={false} institutionColumn="always">
      <DataTable.NumberCol<Ceiling> source="fiscalYear" {...PLAIN_NUMBER} />
      <ClassifierColumn source="sourceCode" catalogue="fuenteFinanciamiento" />
      <DataTable.NumberCol<Ceiling> source="version" />
      <DataTable.NumberCol<Ceiling> source="amount" {...QUETZALES} />
      <Column source="note" disableSort>
        <TextField source="note" sx={{ whiteSpace: 'pre-wrap' }} />
      </Column>
      <Column source="createdAt">
        <DateTimeField source="createdAt" />
      </Column>
    </ContentList>
  );
};
