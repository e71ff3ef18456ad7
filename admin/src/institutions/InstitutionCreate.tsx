import { Create } from 'react-admin';
import { InstitutionForm } from './InstitutionForm';
import { toInstitutionData } from './toInstitutionData';

/** Coordinators and admins (authProvider.canAccess; the API checks again). */
export const InstitutionCreate = () => (
  <Create redirect="list" transform={toInstitutionData}>
    <InstitutionForm />
  </Create>
);
