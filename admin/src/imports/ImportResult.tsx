import { Alert, AlertTitle, Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ImportProblemsTable } from './ImportProblemsTable';
import type { ImportOutcome } from './useBudgetImport';

/** What the import did: a summary, or every problem and the statement that nothing was imported. */
export const ImportResult = ({ outcome }: { outcome: ImportOutcome }) => {
    const translate = useTranslate();
    if (outcome.kind === 'imported') {
        const { summary } = outcome;
        return (
            <Alert severity="success" sx={{ my: 2 }}>
                <AlertTitle>{translate('ciclo.import.done')}</AlertTitle>
                <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                    <li>{translate('ciclo.import.summary_rows', { smart_count: summary.rows })}</li>
                    <li>{translate('ciclo.import.summary_lines_created', { smart_count: summary.linesCreated })}</li>
                    <li>{translate('ciclo.import.summary_lines_updated', { smart_count: summary.linesUpdated })}</li>
                    <li>{translate('ciclo.import.summary_categories', { smart_count: summary.categoriesCreated })}</li>
                    <li>
                        {translate('ciclo.import.summary_years', {
                            years: (summary.fiscalYears ?? []).join(', ') || '—',
                        })}
                    </li>
                </Box>
            </Alert>
        );
    }
    if (outcome.kind === 'rejected') {
        return (
            <Box sx={{ my: 2 }}>
                <Alert severity="error" sx={{ mb: 2 }}>
                    <AlertTitle>{translate('ciclo.import.nothing_imported')}</AlertTitle>
                    {outcome.message}
                </Alert>
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
