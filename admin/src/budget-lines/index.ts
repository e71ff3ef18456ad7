import BudgetLineIcon from '@mui/icons-material/RequestQuote';
import type { BudgetLine } from '../plan-budget/types';
import { BudgetLineCreate } from './BudgetLineCreate';
import { BudgetLineEdit } from './BudgetLineEdit';
import { BudgetLineList } from './BudgetLineList';

export default {
  list: BudgetLineList,
  edit: BudgetLineEdit,
  create: BudgetLineCreate,
  icon: BudgetLineIcon,
  recordRepresentation: (record: BudgetLine) => `${record.objectCode} / ${record.sourceCode} / ${record.geographyCode}`,
};
