import { Button, Card, CardContent, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { InstitutionPicker } from '../plan-budget/InstitutionPicker';
import { ownInstitutionId } from '../plan-budget/ownInstitution';
import { canCoordinate } from '../permissions';
import type { Role } from '../types';
import { FilePicker } from './FilePicker';
import { formatOfFile } from './fileFormat';
import { ImportProgress } from './ImportProgress';
import { IMPORT_KIND_NAMES, IMPORT_KINDS, type ImportKind } from './importKinds';
import { ImportResult } from './ImportResult';
import { TemplateLinks } from './TemplateLinks';
import { useBudgetImport } from './useBudgetImport';

/**
 * /importar: an institution's budget lines from a file in MINFIN's layout (CSV, Excel or JSON), or
 * SICOIN's monthly execution of lines already imported. The API checks every row first: either
 * everything is imported, or nothing and every problem.
 */
const ImportPage = () => {
  const translate = useTranslate();
  const [institutionId, setInstitutionId] = useState(ownInstitutionId() ?? '');
  const [file, setFile] = useState<File | null>(null);
  const kindLabelId = useId();
  const [kind, setKind] = useState<ImportKind>('budget-lines');
  // Only the execution takes a year, and may leave it to the file's ejercicio column.
  const [fiscalYear, setFiscalYear] = useState('');
  const { upload, cancel, reset, phase, progress, outcome } = useBudgetImport();
  const { permissions } = usePermissions<Role>();
  const busy = phase === 'uploading' || phase === 'processing';
  const format = file ? formatOfFile(file) : null;
  const yearAsked = kind === 'budget-execution' ? fiscalYear.trim() : '';
  const yearValid = yearAsked === '' || (/^\d{4}$/.test(yearAsked) && Number(yearAsked) >= 2000 && Number(yearAsked) <= 2100);

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="ciclo.import.title" />
      <CardContent>
        <Stack spacing={2} sx={{ maxWidth: 900 }}>
          <Typography variant="h5" component="h1">
            {translate('ciclo.import.title')}
          </Typography>
          <FormControl disabled={busy}>
            <FormLabel id={kindLabelId}>{translate('ciclo.import.kind')}</FormLabel>
            <RadioGroup
              row
              aria-labelledby={kindLabelId}
              value={kind}
              onChange={(event) => {
                setKind(event.target.value as ImportKind);
                reset();
              }}
            >
              {IMPORT_KIND_NAMES.map((name) => (
                <FormControlLabel key={name} value={name} control={<Radio />} label={translate(IMPORT_KINDS[name].label)} />
              ))}
            </RadioGroup>
          </FormControl>
          <Typography variant="body2" color="text.secondary">
            {translate(IMPORT_KINDS[kind].intro)}
          </Typography>
          <TemplateLinks what={kind} label={IMPORT_KINDS[kind].template} fileName={IMPORT_KINDS[kind].templateFile} />
          <InstitutionPicker
            value={institutionId}
            onChange={(id) => {
              setInstitutionId(id);
              reset();
            }}
            disabled={busy}
          />
          {kind === 'budget-execution' && (
            <TextField
              label={translate('ciclo.import.fiscal_year')}
              type="number"
              value={fiscalYear}
              onChange={(event) => {
                setFiscalYear(event.target.value);
                reset();
              }}
              disabled={busy}
              error={!yearValid}
              helperText={translate(yearValid ? 'ciclo.import.fiscal_year_help' : 'ciclo.import.fiscal_year_invalid')}
              slotProps={{ htmlInput: { min: 2000, max: 2100, step: 1 } }}
              sx={{ maxWidth: 320 }}
            />
          )}
          <FilePicker
            file={file}
            disabled={busy}
            onChange={(chosen) => {
              setFile(chosen);
              reset();
            }}
          />
          <Stack direction="row" spacing={1}>
            <Button
              variant="contained"
              disabled={!file || !format || !institutionId || !yearValid || busy}
              onClick={() => file && format && upload(file, format, institutionId, kind, yearAsked || undefined)}
            >
              {translate('ciclo.import.upload')}
            </Button>
            {phase === 'uploading' && <Button onClick={cancel}>{translate('ciclo.action.cancel')}</Button>}
          </Stack>
          <ImportProgress phase={phase} progress={progress} />
          {outcome && (
            <ImportResult
              outcome={outcome}
              onAcceptCodes={kind === 'budget-lines' && canCoordinate(permissions) && file && format ? () => upload(file, format, institutionId, kind, undefined, true) : undefined}
            />
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};

// Loaded on demand (React.lazy in App).
export default ImportPage;
