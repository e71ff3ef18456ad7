import ResultIcon from '@mui/icons-material/AccountTree';
import type { StrategicResult } from '../plan-budget/types';
import { StrategicResultCreate } from './StrategicResultCreate';
import { StrategicResultEdit } from './StrategicResultEdit';
import { StrategicResultList } from './StrategicResultList';

export default {
  list: StrategicResultList,
  edit: StrategicResultEdit,
  create: StrategicResultCreate,
  icon: ResultIcon,
  recordRepresentation: (record: StrategicResult) => `${record.code} · ${record.name}`,
};
