import { DataTable, NumberInput } from 'react-admin';
import { ContentList, ClassifierColumn } from '../plan-budget/ContentList';
import { ClassifierInput } from '../plan-budget/ClassifierInput';
import { PLAIN_NUMBER, QUETZALES } from '../plan-budget/format';
import type { BudgetProjection } from '../plan-budget/types';

type Projection = BudgetProjection;

export const ProjectionList = () => {
  const filters = [
    <NumberInput key="fiscalYear" source="fiscalYear" step={1} alwaysOn />,
    <NumberInput key="year" source="year" step={1} alwaysOn />,
    <ClassifierInput key="source" source="sourceCode" catalogue="fuenteFinanciamiento" />,
  ];
  return (
    <ContentList<Projection> sort={{ field: 'year', order: 'ASC' }} filters={filters}>
      <DataTable.NumberCol<Projection> source="fiscalYear" {...PLAIN_NUMBER} disableSort />
      <DataTable.NumberCol<Projection> source="year" {...PLAIN_NUMBER} />
      <ClassifierColumn source="sourceCode" catalogue="fuenteFinanciamiento" />
      <DataTable.NumberCol<Projection> source="amount" {...QUETZALES} />
    </ContentList>
  );
};
