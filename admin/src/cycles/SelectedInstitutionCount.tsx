import { Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { Institution } from '../types';
import { toInstitutionListFilter } from './institutionListFilter';
import { toInstitutionFilter } from './toStartRequest';

/**
 * "N instituciones seleccionadas", live: GET /api/institutions with the form's criteria and a
 * range of one record, read for the Content-Range total.
 */
export const SelectedInstitutionCount = () => {
  const translate = useTranslate();
  const criteria = toInstitutionFilter(useWatch({ name: 'institutionFilter' }));
  const { total, isPending, error } = useGetList<Institution>(
    'institutions',
    { pagination: { page: 1, perPage: 1 }, sort: { field: 'code', order: 'ASC' }, filter: toInstitutionListFilter(criteria) },
    // Keep the last count on screen while the next one loads.
    { placeholderData: (previous) => previous },
  );
  const text = error
    ? translate('ciclo.cycle.count_error', { message: error.message })
    : isPending || total === undefined
      ? translate('ciclo.cycle.counting')
      : total === 0
        ? translate('ciclo.cycle.none_selected')
        : translate('ciclo.cycle.selected', { smart_count: total });
  return (
    <Typography variant="body1" role="status" aria-live="polite" data-testid="selected-institutions" color={error || total === 0 ? 'error' : 'text.primary'} sx={{ fontWeight: 600, mb: 2 }}>
      {text}
    </Typography>
  );
};
