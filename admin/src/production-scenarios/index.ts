import ScenarioIcon from '@mui/icons-material/Science';
import type { ProductionScenario } from '../plan-budget/types';
import { ScenarioCreate } from './ScenarioCreate';
import { ScenarioEdit } from './ScenarioEdit';
import { ScenarioList } from './ScenarioList';
import { ScenarioShow } from './ScenarioShow';

export default {
  list: ScenarioList,
  show: ScenarioShow,
  edit: ScenarioEdit,
  create: ScenarioCreate,
  icon: ScenarioIcon,
  recordRepresentation: (record: ProductionScenario) => `${record.fiscalYear} · ${record.name}`,
};
