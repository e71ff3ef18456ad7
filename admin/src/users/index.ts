import UserIcon from '@mui/icons-material/People';
import type { UserAccount } from '../types';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';

// No delete: a person who leaves is deactivated and keeps their history.
export default {
  list: UserList,
  edit: UserEdit,
  create: UserCreate,
  icon: UserIcon,
  recordRepresentation: (record: UserAccount) => `${record.name} <${record.email}>`,
};
