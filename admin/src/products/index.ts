import ProductIcon from '@mui/icons-material/Inventory2';
import type { Product } from '../plan-budget/types';
import { ProductCreate } from './ProductCreate';
import { ProductEdit } from './ProductEdit';
import { ProductList } from './ProductList';
import { ProductShow } from './ProductShow';

export default {
  list: ProductList,
  show: ProductShow,
  edit: ProductEdit,
  create: ProductCreate,
  icon: ProductIcon,
  recordRepresentation: (record: Product) => `${record.code} · ${record.name}`,
};
