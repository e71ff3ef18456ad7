import ProjectionIcon from '@mui/icons-material/ShowChart';
import { ProjectionCreate } from './ProjectionCreate';
import { ProjectionEdit } from './ProjectionEdit';
import { ProjectionList } from './ProjectionList';

export default {
  list: ProjectionList,
  edit: ProjectionEdit,
  create: ProjectionCreate,
  icon: ProjectionIcon,
  recordRepresentation: (record: { year?: number; sourceCode?: string }) => `${record.year ?? ''} · ${record.sourceCode ?? ''}`,
};
