import ClassifierIcon from '@mui/icons-material/Category';
import type { Classifier } from '../plan-budget/types';
import { ClassifierCreate } from './ClassifierCreate';
import { ClassifierEdit } from './ClassifierEdit';
import { ClassifierList } from './ClassifierList';

export default {
  list: ClassifierList,
  edit: ClassifierEdit,
  create: ClassifierCreate,
  icon: ClassifierIcon,
  recordRepresentation: (record: Classifier) => `${record.code} · ${record.name}`,
};
