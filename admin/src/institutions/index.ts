import InstitutionIcon from '@mui/icons-material/AccountBalance';
import type { Institution } from '../types';
import { InstitutionCreate } from './InstitutionCreate';
import { InstitutionEdit } from './InstitutionEdit';
import { InstitutionList } from './InstitutionList';

// No delete: an institution that no longer exists is deactivated and keeps its history.
export default {
  list: InstitutionList,
  edit: InstitutionEdit,
  create: InstitutionCreate,
  icon: InstitutionIcon,
  recordRepresentation: (record: Institution) => `${record.code} · ${record.name}`,
};
