import { EmptyNote } from '../plan-budget/EmptyNote';
import { CreateButton, DataTable, NumberField, ReferenceManyField, TextField, useRecordContext } from 'react-admin';
import type { Indicator } from '../plan-budget/types';
import type { IndicatorPeriodValue } from '../plan-budget/types';

type PeriodValue = IndicatorPeriodValue;

const Column = DataTable.Col<PeriodValue>;

interface IndicatorPeriodsProps {
  reference: 'indicator-targets' | 'indicator-measurements';
  label?: string;
}

/** The indicator's targets or measurements by period, with "Crear" prefilled with the indicator. */
export const IndicatorPeriods = ({ reference }: IndicatorPeriodsProps) => {
  const indicator = useRecordContext<Indicator>();
  if (!indicator) return null;
  return (
    <>
      <CreateButton resource={reference} state={{ record: { indicatorId: indicator.id } }} />
      <ReferenceManyField<Indicator, PeriodValue> reference={reference} target="indicatorId" sort={{ field: 'period', order: 'ASC' }} perPage={100}>
        <DataTable<PeriodValue> bulkActionButtons={false} empty={<EmptyNote />}>
          <Column source="period" />
          <Column source="value" align="right">
            <NumberField source="value" />
          </Column>
          {reference === 'indicator-measurements' && (
            <Column source="note" disableSort>
              <TextField source="note" />
            </Column>
          )}
        </DataTable>
      </ReferenceManyField>
    </>
  );
};
