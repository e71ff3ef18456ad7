import AuditIcon from '@mui/icons-material/History';
import { AuditEventList } from './AuditEventList';

// The API only lists audit events: there is no show view.
export default {
  list: AuditEventList,
  icon: AuditIcon,
};
