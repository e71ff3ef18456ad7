import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { LinkBase, Title, useCreatePath, useTranslate } from 'react-admin';
import { FilePicker } from '../imports/FilePicker';
import { formatOfFile } from '../imports/fileFormat';
import { ImportProgress } from '../imports/ImportProgress';
import { TemplateLinks } from '../imports/TemplateLinks';
import { useFileImport } from '../imports/useFileImport';
import type { InstitutionImportSummary } from '../types';
import { InstitutionImportResult } from './InstitutionImportResult';

/**
 * /importar-instituciones: institutions registered or updated from a file (CSV, Excel or JSON),
 * one per row. The API checks every row first: either every row is saved, or none and every problem.
 */
const InstitutionImportPage = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const { upload, cancel, reset, phase, progress, outcome } = useFileImport<InstitutionImportSummary>();
  const busy = phase === 'uploading' || phase === 'processing';
  const format = file ? formatOfFile(file) : null;

  // The list and the filters' counts are stale once institutions were added or changed.
  useEffect(() => {
    if (outcome?.kind === 'imported') void queryClient.invalidateQueries({ queryKey: ['institutions'] });
  }, [outcome, queryClient]);

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="ciclo.institution.import.title" />
      <CardContent>
        <Stack spacing={2} sx={{ maxWidth: 900 }}>
          <Typography variant="h5" component="h1">
            {translate('ciclo.institution.import.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('ciclo.institution.import.intro')}
          </Typography>
          <TemplateLinks what="institutions" label="ciclo.institution.import.template" fileName="plantilla-instituciones" />
          <FilePicker
            file={file}
            disabled={busy}
            onChange={(chosen) => {
              setFile(chosen);
              reset();
            }}
          />
          <Stack direction="row" spacing={1}>
            <Button variant="contained" disabled={!file || !format || busy} onClick={() => file && format && upload('/api/imports/institutions', {}, file, format)}>
              {translate('ciclo.import.upload')}
            </Button>
            {phase === 'uploading' && <Button onClick={cancel}>{translate('ciclo.action.cancel')}</Button>}
            <Button component={LinkBase} to={createPath({ resource: 'institutions', type: 'list' })}>
              {translate('ciclo.institution.import.back')}
            </Button>
          </Stack>
          <ImportProgress phase={phase} progress={progress} />
          {outcome && <InstitutionImportResult outcome={outcome} />}
        </Stack>
      </CardContent>
    </Card>
  );
};

// Loaded on demand (React.lazy in App).
export default InstitutionImportPage;
