import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** What an empty table inside a record page says (DataTable shows `empty` as given, untranslated). */
export const EmptyNote = ({ message = 'ciclo.content.none' }: { message?: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
      {translate(message)}
    </Typography>
  );
};
