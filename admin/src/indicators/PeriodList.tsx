import { DataTable, List, NumberField, ReferenceField, TextField } from 'react-admin';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';
import { ContentListActions } from '../plan-budget/ContentListActions';
import { useContentFilters } from '../plan-budget/useContentFilters';

interface PeriodValue {
  id: string;
  indicatorId: string;
  period: string;
  value: number;
  note?: string;
}

const Column = DataTable.Col<PeriodValue>;

/** Targets or measurements of indicators, by period (the same list for both). */
export const PeriodList = ({ withNote = false }: { withNote?: boolean }) => {
  const filters = useContentFilters([<CodeReferenceInput key="indicator" source="indicatorId" reference="indicators" alwaysOn />]);
  return (
    <List<PeriodValue> sort={{ field: 'period', order: 'ASC' }} filters={filters} actions={<ContentListActions />}>
      <DataTable<PeriodValue> bulkActionButtons={false}>
        <Column source="indicatorId" disableSort>
          <ReferenceField source="indicatorId" reference="indicators" />
        </Column>
        <Column source="period" />
        <Column source="value" align="right">
          <NumberField source="value" />
        </Column>
        {withNote && (
          <Column source="note" disableSort>
            <TextField source="note" />
          </Column>
        )}
      </DataTable>
    </List>
  );
};
