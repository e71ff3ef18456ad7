import TargetIcon from '@mui/icons-material/TrackChanges';
import { PhysicalTargetCreate } from './PhysicalTargetCreate';
import { PhysicalTargetEdit } from './PhysicalTargetEdit';
import { PhysicalTargetList } from './PhysicalTargetList';

export default {
  list: PhysicalTargetList,
  edit: PhysicalTargetEdit,
  create: PhysicalTargetCreate,
  icon: TargetIcon,
  recordRepresentation: (record: { plan?: string; year?: number; month?: number }) => `${record.plan ?? ''} ${record.year ?? ''}${record.month ? `-${String(record.month).padStart(2, '0')}` : ''}`,
};
