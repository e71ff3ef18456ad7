import IndicatorIcon from '@mui/icons-material/Insights';
import type { Indicator } from '../plan-budget/types';
import { IndicatorCreate } from './IndicatorCreate';
import { IndicatorEdit } from './IndicatorEdit';
import { IndicatorList } from './IndicatorList';
import { IndicatorShow } from './IndicatorShow';

export default {
  list: IndicatorList,
  show: IndicatorShow,
  edit: IndicatorEdit,
  create: IndicatorCreate,
  icon: IndicatorIcon,
  recordRepresentation: (record: Indicator) => `${record.code} · ${record.name}`,
};
