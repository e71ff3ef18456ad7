import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ExecutionImportSummary, ImportProblem, ImportSummary } from '../plan-budget/types';
import { monthChoices } from '../physical-targets/choices';
import { ImportRefusal } from './ImportRefusal';
import type { ImportOutcome } from './useBudgetImport';

const LinesSummary = ({ summary }: { summary: ImportSummary }) => {
  const translate = useTranslate();
  return (
    <>
      <li>{translate('ciclo.import.summary_rows', { smart_count: summary.rows })}</li>
      <li>{translate('ciclo.import.summary_lines_created', { smart_count: summary.linesCreated })}</li>
      <li>{translate('ciclo.import.summary_lines_updated', { smart_count: summary.linesUpdated })}</li>
      <li>{translate('ciclo.import.summary_categories', { smart_count: summary.categoriesCreated })}</li>
      {(summary.rowsMerged ?? 0) > 0 && <li>{translate('ciclo.import.summary_rows_merged', { smart_count: summary.rowsMerged })}</li>}
      {(summary.catalogueEntriesAdded ?? []).map((entry) => (
        <li key={`${entry.catalogue}-${entry.code}`}>
          {translate('ciclo.import.summary_code_added', { code: entry.code, name: entry.name, catalogue: translate(`ciclo.catalogue.${entry.catalogue}`) })}
        </li>
      ))}
      <li>
        {translate('ciclo.import.summary_years', {
          years: (summary.fiscalYears ?? []).join(', ') || '—',
        })}
      </li>
    </>
  );
};

const ExecutionSummary = ({ summary }: { summary: ExecutionImportSummary }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const names = monthChoices(locale, false);
  const months = (summary.months ?? []).map((month) => names.find((choice) => choice.id === month)?.name ?? month);
  return (
    <>
      <li>{translate('ciclo.import.summary_execution_year', { year: summary.fiscalYear })}</li>
      <li>{translate('ciclo.import.summary_rows', { smart_count: summary.rows })}</li>
      <li>{translate('ciclo.import.summary_execution_lines', { smart_count: summary.lines })}</li>
      <li>{translate('ciclo.import.summary_execution_months', { months: months.join(', ') || '—' })}</li>
      <li>{translate('ciclo.import.summary_execution_created', { smart_count: summary.created })}</li>
      <li>{translate('ciclo.import.summary_execution_updated', { smart_count: summary.updated })}</li>
    </>
  );
};

/** The file is refused only for codes its catalogues lack, each named by the file: adding them would import it. */
const acceptable = (problems: ImportProblem[]) => problems.length > 0 && problems.every((problem) => problem.unknownCode?.name);

/** What the import did: a summary, or every problem and the statement that nothing was imported. */
export const ImportResult = ({ outcome, onAcceptCodes }: { outcome: ImportOutcome; onAcceptCodes?: () => void }) => {
  const translate = useTranslate();
  if (outcome.kind === 'imported') {
    return (
      <Alert severity="success" sx={{ my: 2 }}>
        <AlertTitle>{translate('ciclo.import.done')}</AlertTitle>
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {outcome.what === 'budget-lines' ? <LinesSummary summary={outcome.summary} /> : <ExecutionSummary summary={outcome.summary} />}
        </Box>
      </Alert>
    );
  }
  return (
    <ImportRefusal outcome={outcome}>
      {onAcceptCodes && outcome.kind === 'rejected' && acceptable(outcome.problems) && (
        <Alert
          severity="info"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" onClick={onAcceptCodes}>
              {translate('ciclo.import.accept_codes')}
            </Button>
          }
        >
          {translate('ciclo.import.accept_codes_help')}
        </Alert>
      )}
    </ImportRefusal>
  );
};
