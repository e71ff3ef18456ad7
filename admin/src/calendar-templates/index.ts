import TemplateIcon from '@mui/icons-material/CalendarMonth';
import { TemplateCreate } from './TemplateCreate';
import { TemplateEdit } from './TemplateEdit';
import { TemplateList } from './TemplateList';
import { TemplateShow } from './TemplateShow';

export default {
  list: TemplateList,
  show: TemplateShow,
  edit: TemplateEdit,
  create: TemplateCreate,
  icon: TemplateIcon,
  recordRepresentation: (record: { code?: string }) => record.code ?? '',
};
