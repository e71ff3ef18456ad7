import { BooleanField, DataTable, List, SelectField, TextArrayField } from 'react-admin';
import type { Institution } from '../types';
import { KIND_CHOICES } from './choices';
import { InstitutionListActions } from './InstitutionListActions';
import { useInstitutionFilters } from './useInstitutionFilters';

const Column = DataTable.Col<Institution>;

/** The institutions (the active ones unless the filter says otherwise); coordinators and admins only. No delete: deactivate. */
export const InstitutionList = () => {
  const filters = useInstitutionFilters();
  return (
    <List<Institution> sort={{ field: 'code', order: 'ASC' }} perPage={50} filters={filters} filterDefaultValues={{ active: true }} actions={<InstitutionListActions />}>
      <DataTable<Institution> rowClick="edit" bulkActionButtons={false}>
        <Column source="code" />
        <Column source="name" />
        <Column source="kind">
          <SelectField source="kind" choices={KIND_CHOICES} />
        </Column>
        <Column source="sector" />
        <Column source="departmentCode" />
        <Column source="municipalityCode" disableSort />
        <Column source="coordinatorCodes" disableSort>
          <TextArrayField source="coordinatorCodes" />
        </Column>
        <Column source="active">
          <BooleanField source="active" />
        </Column>
      </DataTable>
    </List>
  );
};
