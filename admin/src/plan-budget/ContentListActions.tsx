import { CreateButton, FilterButton, TopToolbar } from 'react-admin';
import { ExportMenuButton } from './ExportMenuButton';

/** Filters, "Crear" (for whoever may write the resource) and the server export. */
export const ContentListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportMenuButton />
  </TopToolbar>
);
