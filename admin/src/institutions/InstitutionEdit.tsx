import { Edit } from 'react-admin';
import { InstitutionForm } from './InstitutionForm';
import { toInstitutionData } from './toInstitutionData';

/** Pessimistic: deactivating takes the institution out of every new cycle, so the API must accept it first. */
export const InstitutionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={toInstitutionData}>
    <InstitutionForm />
  </Edit>
);
