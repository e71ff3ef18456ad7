import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput, SelectField, SelectInput } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import type { UserAccount } from '../types';
import { LOCALE_CHOICES, ROLE_CHOICES } from './choices';
import { InstitutionReferenceInput } from './InstitutionReferenceInput';
import { PasswordStatusField } from './PasswordStatusField';

const Column = DataTable.Col<UserAccount>;

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <InstitutionReferenceInput key="institutionId" source="institutionId" helperText={false} alwaysOn />,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} alwaysOn />,
  <NullableBooleanInput key="active" source="active" />,
];

/** The people who sign in; admins and coordinators only. No delete: a person is deactivated. */
export const UserList = () => (
  <List<UserAccount> sort={{ field: 'name', order: 'ASC' }} perPage={50} filters={filters}>
    <DataTable<UserAccount> rowClick="edit" bulkActionButtons={false}>
      <Column source="name" />
      <Column source="email" />
      <Column source="role">
        <SelectField source="role" choices={ROLE_CHOICES} />
      </Column>
      <Column source="institutionCode" disableSort />
      <Column source="locale" disableSort>
        <SelectField source="locale" choices={LOCALE_CHOICES} />
      </Column>
      <Column source="passwordSet" disableSort>
        <PasswordStatusField />
      </Column>
      <Column source="active">
        <BooleanField source="active" />
      </Column>
      <Column source="createdAt">
        <DateTimeField source="createdAt" />
      </Column>
    </DataTable>
  </List>
);
