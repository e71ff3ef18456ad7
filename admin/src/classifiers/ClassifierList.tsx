import { DataTable, SearchInput, SelectField, SelectInput } from 'react-admin';
import { ContentList } from '../plan-budget/ContentList';
import type { Classifier } from '../plan-budget/types';
import { CATALOGUE_CHOICES } from './choices';

const Column = DataTable.Col<Classifier>;

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="catalogue" source="catalogue" choices={CATALOGUE_CHOICES} alwaysOn />];

export const ClassifierList = () => (
  <ContentList<Classifier> sort={{ field: 'code', order: 'ASC' }} perPage={50} filters={filters} institutionColumn="never" institutionFilter={false}>
    <Column source="catalogue">
      <SelectField source="catalogue" choices={CATALOGUE_CHOICES} />
    </Column>
    <Column source="code" />
    <Column source="name" />
    <Column source="parentCode" disableSort />
  </ContentList>
);
