import CeilingIcon from '@mui/icons-material/VerticalAlignTop';
import { CeilingCreate } from './CeilingCreate';
import { CeilingList } from './CeilingList';

export default {
  list: CeilingList,
  create: CeilingCreate,
  icon: CeilingIcon,
  recordRepresentation: (record: { sourceCode?: string; fiscalYear?: number; version?: number }) => `${record.fiscalYear ?? ''} · ${record.sourceCode ?? ''} · v${record.version ?? ''}`,
};
