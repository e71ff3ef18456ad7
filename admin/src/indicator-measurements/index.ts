import MeasurementIcon from '@mui/icons-material/Straighten';
import { MeasurementCreate, MeasurementEdit, MeasurementList } from './MeasurementViews';

export default {
  list: MeasurementList,
  edit: MeasurementEdit,
  create: MeasurementCreate,
  icon: MeasurementIcon,
  recordRepresentation: (record: { period?: string }) => record.period ?? '',
};
