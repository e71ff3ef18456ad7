import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { InstitutionPicker } from '../content/InstitutionPicker';
import { ownInstitutionId } from '../content/ownInstitution';
import { FilePicker } from './FilePicker';
import { formatOfFile } from './fileFormat';
import { ImportProgress } from './ImportProgress';
import { ImportResult } from './ImportResult';
import { TemplateLinks } from './TemplateLinks';
import { useBudgetImport } from './useBudgetImport';

/**
 * /importar: an institution's budget lines from a file in MINFIN's layout (CSV, Excel or JSON).
 * The API checks every row first: either everything is imported, or nothing and every problem.
 */
const ImportPage = () => {
    const translate = useTranslate();
    const [institutionId, setInstitutionId] = useState(ownInstitutionId() ?? '');
    const [file, setFile] = useState<File | null>(null);
    const { upload, cancel, reset, phase, progress, outcome } = useBudgetImport();
    const busy = phase === 'uploading' || phase === 'processing';
    const format = file ? formatOfFile(file) : null;

    return (
        <Card sx={{ mt: 2 }}>
            <Title title="ciclo.import.title" />
            <CardContent>
                <Stack spacing={2} sx={{ maxWidth: 900 }}>
                    <Typography variant="h5" component="h1">
                        {translate('ciclo.import.title')}
                    </Typography>
                    <Typography variant="body2" color="text.secondary">
                        {translate('ciclo.import.intro')}
                    </Typography>
                    <TemplateLinks />
                    <InstitutionPicker
                        value={institutionId}
                        onChange={id => {
                            setInstitutionId(id);
                            reset();
                        }}
                        disabled={busy}
                    />
                    <FilePicker
                        file={file}
                        disabled={busy}
                        onChange={chosen => {
                            setFile(chosen);
                            reset();
                        }}
                    />
                    {file && !format && <Alert severity="warning">{translate('ciclo.import.unknown_format')}</Alert>}
                    <Stack direction="row" spacing={1}>
                        <Button
                            variant="contained"
                            disabled={!file || !format || !institutionId || busy}
                            onClick={() => file && format && upload(file, format, institutionId)}
                        >
                            {translate('ciclo.import.upload')}
                        </Button>
                        {phase === 'uploading' && <Button onClick={cancel}>{translate('ciclo.action.cancel')}</Button>}
                    </Stack>
                    <ImportProgress phase={phase} progress={progress} />
                    {outcome && <ImportResult outcome={outcome} />}
                </Stack>
            </CardContent>
        </Card>
    );
};

// Loaded on demand (React.lazy in App).
export default ImportPage;
