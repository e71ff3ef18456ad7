import TargetIcon from '@mui/icons-material/Adjust';
import { IndicatorTargetCreate, IndicatorTargetEdit, IndicatorTargetList } from './IndicatorTargetViews';

export default {
  list: IndicatorTargetList,
  edit: IndicatorTargetEdit,
  create: IndicatorTargetCreate,
  icon: TargetIcon,
  recordRepresentation: (record: { period?: string }) => record.period ?? '',
};
