import CategoryIcon from '@mui/icons-material/Lan';
import type { ProgrammaticCategory } from '../plan-budget/types';
import { CategoryCreate } from './CategoryCreate';
import { CategoryEdit } from './CategoryEdit';
import { CategoryList } from './CategoryList';

export default {
  list: CategoryList,
  edit: CategoryEdit,
  create: CategoryCreate,
  icon: CategoryIcon,
  recordRepresentation: (record: ProgrammaticCategory) => `${record.code} · ${record.name}`,
};
