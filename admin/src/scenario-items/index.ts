import ItemIcon from '@mui/icons-material/ListAlt';
import { ScenarioItemCreate } from './ScenarioItemCreate';
import { ScenarioItemEdit } from './ScenarioItemEdit';
import { ScenarioItemList } from './ScenarioItemList';

export default {
  list: ScenarioItemList,
  edit: ScenarioItemEdit,
  create: ScenarioItemCreate,
  icon: ItemIcon,
  recordRepresentation: (record: { year?: number; sourceCode?: string }) => `${record.year ?? ''} · ${record.sourceCode ?? ''}`,
};
