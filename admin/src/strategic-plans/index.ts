import PlanIcon from '@mui/icons-material/Flag';
import type { StrategicPlan } from '../plan-budget/types';
import { StrategicPlanCreate } from './StrategicPlanCreate';
import { StrategicPlanEdit } from './StrategicPlanEdit';
import { StrategicPlanList } from './StrategicPlanList';
import { StrategicPlanShow } from './StrategicPlanShow';

export default {
  list: StrategicPlanList,
  show: StrategicPlanShow,
  edit: StrategicPlanEdit,
  create: StrategicPlanCreate,
  icon: PlanIcon,
  recordRepresentation: (record: StrategicPlan) => `${record.code} · ${record.name}`,
};
