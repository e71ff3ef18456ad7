import UploadIcon from '@mui/icons-material/CloudUpload';
import { Button, CreateButton, FilterButton, LinkBase, TopToolbar } from 'react-admin';

/** Filters, "Crear" and "Importar" (a file of institutions, /importar-instituciones). */
export const InstitutionListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <Button component={LinkBase} to="/importar-instituciones" label="ciclo.institution.import_action">
      <UploadIcon />
    </Button>
  </TopToolbar>
);
