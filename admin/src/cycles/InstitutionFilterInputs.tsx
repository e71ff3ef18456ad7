import { Typography } from '@mui/material';
import { AutocompleteArrayInput, SelectArrayInput, useTranslate } from 'react-admin';
import { useFacetChoices } from '../institutions/useFacetChoices';
import { SelectedInstitutionCount } from './SelectedInstitutionCount';

/**
 * Which institutions the cycle takes, by criteria rather than one by one: kinds, sectors and
 * departments (each choice with how many active institutions it has), and the live count.
 */
export const InstitutionFilterInputs = () => {
  const translate = useTranslate();
  const { kinds, sectors, departments, isPending } = useFacetChoices();
  return (
    <>
      <Typography variant="subtitle1" component="h2" sx={{ mt: 1 }}>
        {translate('ciclo.cycle.institutions')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('ciclo.cycle.institutions_help')}
      </Typography>
      <SelectArrayInput source="institutionFilter.kinds" choices={kinds} translateChoice={false} isPending={isPending} helperText={false} />
      <AutocompleteArrayInput source="institutionFilter.sectors" choices={sectors} translateChoice={false} isPending={isPending} helperText={false} />
      <AutocompleteArrayInput source="institutionFilter.departmentCodes" choices={departments} translateChoice={false} isPending={isPending} helperText={false} />
      <SelectedInstitutionCount />
    </>
  );
};
