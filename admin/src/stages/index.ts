import StageIcon from '@mui/icons-material/EventNote';
import { StageList } from './StageList';
import { StageShow } from './StageShow';

export default {
  list: StageList,
  show: StageShow,
  icon: StageIcon,
  recordRepresentation: (record: { institutionCode?: string; name?: string }) => [record.institutionCode, record.name].filter(Boolean).join(' · '),
};
