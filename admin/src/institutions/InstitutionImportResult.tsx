import { Alert, AlertTitle, Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ImportRefusal } from '../imports/ImportRefusal';
import type { FileImportOutcome } from '../imports/useFileImport';
import type { InstitutionImportSummary } from '../types';

/** What the import did: how many institutions were added and updated, or every problem and the statement that nothing was imported. */
export const InstitutionImportResult = ({ outcome }: { outcome: FileImportOutcome<InstitutionImportSummary> }) => {
  const translate = useTranslate();
  if (outcome.kind === 'imported') {
    const { created, updated, institutions } = outcome.summary;
    return (
      <Alert severity="success" sx={{ my: 2 }}>
        <AlertTitle>{translate('ciclo.import.done')}</AlertTitle>
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          <li>{translate('ciclo.institution.import.created', { smart_count: created })}</li>
          <li>{translate('ciclo.institution.import.updated', { smart_count: updated })}</li>
          <li>{translate('ciclo.institution.import.total', { count: institutions })}</li>
        </Box>
      </Alert>
    );
  }
  return <ImportRefusal outcome={outcome} />;
};
