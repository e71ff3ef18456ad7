import CycleIcon from '@mui/icons-material/Autorenew';
import { CycleCreate } from './CycleCreate';
import { CycleList } from './CycleList';
import { CycleShow } from './CycleShow';

// No edit view: a running cycle changes through its workflow ("Mover fecha"), not a form.
export default {
  list: CycleList,
  show: CycleShow,
  create: CycleCreate,
  icon: CycleIcon,
  recordRepresentation: (record: { jurisdiction?: string; fiscalYear?: number }) => [record.jurisdiction, record.fiscalYear].filter(Boolean).join(' '),
};
