import { Alert, AlertTitle, Box } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { ImportProblemsTable } from './ImportProblemsTable';
import type { FileImportOutcome } from './useFileImport';

interface ImportRefusalProps {
  outcome: Exclude<FileImportOutcome<unknown>, { kind: 'imported' }>;
  /** Shown between the statement and the problems (the budget import's "add the codes"). */
  children?: ReactNode;
}

/** A file not imported: nothing was, and why (every problem of its rows, or the API's message). */
export const ImportRefusal = ({ outcome, children }: ImportRefusalProps) => {
  const translate = useTranslate();
  if (outcome.kind === 'rejected') {
    return (
      <Box sx={{ my: 2 }}>
        <Alert severity="error" sx={{ mb: 2 }}>
          <AlertTitle>{translate('ciclo.import.nothing_imported')}</AlertTitle>
          {outcome.message}
        </Alert>
        {children}
        <ImportProblemsTable problems={outcome.problems} />
      </Box>
    );
  }
  return (
    <Alert severity="error" sx={{ my: 2 }}>
      <AlertTitle>{translate('ciclo.import.failed')}</AlertTitle>
      {outcome.message || translate('ra.notification.http_error')}
    </Alert>
  );
};
