import ExecutionIcon from '@mui/icons-material/FactCheck';
import { PhysicalExecutionCreate } from './PhysicalExecutionCreate';
import { PhysicalExecutionEdit } from './PhysicalExecutionEdit';
import { PhysicalExecutionList } from './PhysicalExecutionList';

export default {
  list: PhysicalExecutionList,
  edit: PhysicalExecutionEdit,
  create: PhysicalExecutionCreate,
  icon: ExecutionIcon,
  recordRepresentation: (record: { year?: number; month?: number }) => `${record.year ?? ''}-${String(record.month ?? '').padStart(2, '0')}`,
};
