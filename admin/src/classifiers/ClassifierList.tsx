import { DataTable, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { ContentListActions } from '../plan-budget/ContentListActions';
import type { Classifier } from '../plan-budget/types';
import { CATALOGUE_CHOICES } from './choices';

const Column = DataTable.Col<Classifier>;

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="catalogue" source="catalogue" choices={CATALOGUE_CHOICES} alwaysOn />];

export const ClassifierList = () => (
  <List<Classifier> sort={{ field: 'code', order: 'ASC' }} perPage={50} filters={filters} actions={<ContentListActions />}>
    <DataTable<Classifier> bulkActionButtons={false}>
      <Column source="catalogue">
        <SelectField source="catalogue" choices={CATALOGUE_CHOICES} />
      </Column>
      <Column source="code" />
      <Column source="name" />
      <Column source="parentCode" disableSort />
    </DataTable>
  </List>
);
