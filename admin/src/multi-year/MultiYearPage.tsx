import { Alert, Card, CardContent, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { InstitutionPicker } from '../plan-budget/InstitutionPicker';
import { ownInstitutionId } from '../plan-budget/ownInstitution';
import { nextYear } from '../plan-budget/validators';
import { MultiYearTable } from './MultiYearTable';
import { useMultiYear } from './useMultiYear';

/**
 * /multianual: the five-year budget projection and each production scenario of an institution,
 * year by year and source by source, against the ceilings.
 */
const MultiYearPage = () => {
  const translate = useTranslate();
  const [institutionId, setInstitutionId] = useState(ownInstitutionId() ?? '');
  const [yearText, setYearText] = useState(String(nextYear()));
  const fiscalYear = Number(yearText);
  const { data, isFetching, error } = useMultiYear(institutionId, fiscalYear);

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="ciclo.multi_year.title" />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('ciclo.multi_year.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('ciclo.multi_year.intro')}
        </Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 3, alignItems: { md: 'center' } }}>
          <InstitutionPicker value={institutionId} onChange={setInstitutionId} />
          <TextField
            type="number"
            label={translate('ciclo.multi_year.fiscal_year')}
            value={yearText}
            onChange={(event) => setYearText(event.target.value)}
            slotProps={{ htmlInput: { min: 2000, max: 2100, step: 1 } }}
            sx={{ maxWidth: 180 }}
          />
          {isFetching && <CircularProgress size={24} aria-label={translate('ciclo.delivery.loading')} />}
        </Stack>
        {error ? (
          <Alert severity="error">{error.message}</Alert>
        ) : data && data.rows.length === 0 ? (
          <Alert severity="info">{translate('ciclo.multi_year.empty')}</Alert>
        ) : data ? (
          <>
            <Typography variant="body2" sx={{ mb: 2 }} aria-live="polite">
              {translate('ciclo.multi_year.span', { from: data.years[0] ?? '', to: data.years[data.years.length - 1] ?? '' })}
            </Typography>
            {data.rows.map((row) => (
              <MultiYearTable key={`${row.kind}-${row.name}`} row={row} years={data.years} sources={data.sources} />
            ))}
          </>
        ) : null}
      </CardContent>
    </Card>
  );
};

// Loaded on demand (React.lazy in App).
export default MultiYearPage;
