import { DataTable, NumberField, TextField } from 'react-admin';
import { ContentList, ReferenceColumn } from '../plan-budget/ContentList';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import type { IndicatorPeriodValue } from '../plan-budget/types';

type PeriodValue = IndicatorPeriodValue;

const Column = DataTable.Col<PeriodValue>;

/** Targets or measurements of indicators, by period (the same list for both). */
export const PeriodList = ({ withNote = false }: { withNote?: boolean }) => {
  const filters = [<CodeReferenceInput key="indicator" source="indicatorId" reference="indicators" alwaysOn />];
  return (
    <ContentList<PeriodValue> sort={{ field: 'period', order: 'ASC' }} filters={filters} institutionColumn="never">
      <ReferenceColumn source="indicatorId" reference="indicators" />
      <Column source="period" />
      <Column source="value" align="right">
        <NumberField source="value" />
      </Column>
      {withNote && (
        <Column source="note" disableSort>
          <TextField source="note" />
        </Column>
      )}
    </ContentList>
  );
};
