import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useInstitutions } from './useInstitutions';

/** The institution of a content record, by its code (the name in the tooltip). */
export const InstitutionField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ id: string; institutionId?: string }>();
  const { choices } = useInstitutions();
  if (!record?.institutionId) return null;
  const institution = choices.find((choice) => choice.id === String(record.institutionId));
  return (
    <Typography component="span" variant="body2" title={institution?.name}>
      {institution?.code ?? '…'}
    </Typography>
  );
};
